// Incremental syncs (R2): after changes made through Unleashed's own endpoints, the next sync picks up exactly
// those; a sync with nothing changed makes one call per resource (per warehouse for stock) and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../../mock-unleashed/test/harness.ts';
import type { Customer } from '../src/customers/customers.types.ts';
import type { SyncRun } from '../src/sync/sync.types.ts';
import {
  buildOrder,
  buildStore,
  callsOf,
  countsOf,
  resultOf,
  type SyncSetup,
  setUpSync,
} from './sync-fixtures.ts';

let mock: RunningMock;
let setup: SyncSetup;

const customerByCode = async (code: string): Promise<Customer> => {
  const found = (await setup.repos.customers.listCustomers(setup.store.id)).find((c) => c.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};
const productByCode = async (code: string) => {
  const found = (await setup.repos.catalogue.listProducts(setup.store.id)).find((p) => p.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

beforeAll(async () => {
  mock = await startMock();
  setup = await setUpSync(buildStore(mock.url));
  await setup.engine.runSync(setup.store.id, 'manual');
});
afterAll(() => mock.close());

describe('an incremental sync after changes in Unleashed', () => {
  let changed: SyncRun;
  let demo001: Customer;
  let demo003: Customer;
  let oliverGuid: string;
  let notImported: string;

  beforeAll(async () => {
    demo001 = await customerByCode('DEMO001');
    demo003 = await customerByCode('DEMO003');
    const plenty = await productByCode('DEMO-PLENTY');
    const contacts = await setup.repos.customers.listContacts(setup.store.id, demo001.guid);
    oliverGuid = contacts.find((c) => c.email === 'oliver@demo-wholesale.example')?.guid ?? '';
    // The admin makes a product sellable between syncs: a store choice the sync must keep (R3).
    await setup.repos.catalogue.setProductStatus(setup.store.id, [plenty.guid], 'sellable');
    // Store order history of both customers (imported, so the push leaves them alone).
    const imported = { importState: 'imported' as const, importedAt: new Date().toISOString() };
    await setup.repos.orders.save(buildOrder(setup.store, demo001, imported));
    await setup.repos.orders.save(buildOrder(setup.store, demo003, imported));
    const queued = buildOrder(setup.store, demo003, { purchaseOrderRef: 'PO-DEMO3', total: 57.5 });
    notImported = queued.id;
    await setup.repos.orders.save(queued);

    expect((await mock.call('POST', `/Products/${plenty.guid}`, { DefaultSellPrice: 21.5 })).status).toBe(
      200,
    );
    const stock = await mock.control('POST', '/__control/stock', {
      productCode: 'DEMO-LOW',
      warehouseCode: 'NORTH',
      setQtyOnHand: 42,
    });
    expect(stock.status).toBe(200);
    const flag = await mock.call('PUT', `/Customers/${demo001.guid}/Contacts/${oliverGuid}`, {
      ForOrdering: false,
    });
    expect(flag.status).toBe(200);
    expect((await mock.call('POST', `/Customers/${demo003.guid}`, { Obsolete: true })).status).toBe(200);

    changed = await setup.engine.runSync(setup.store.id, 'schedule');
  });

  it('changes exactly the product, the stock row, the contact and the customer that changed', () => {
    expect(changed.status).toBe('succeeded');
    const counts = countsOf(changed);
    expect(counts.products).toEqual([0, 1, 0]);
    expect((counts.stock?.[0] ?? 0) + (counts.stock?.[1] ?? 0)).toBe(1);
    expect(counts.customers).toEqual([0, 1, 1]);
    for (const resource of ['productGroups', 'sellPriceTiers', 'productPrices', 'orderPush', 'orderStatus']) {
      expect(counts[resource]).toEqual([0, 0, 0]);
    }
  });

  it('keeps the store status of a changed product and takes its new price', async () => {
    expect(await productByCode('DEMO-PLENTY')).toMatchObject({ status: 'sellable', defaultSellPrice: 21.5 });
  });

  it('sums the new stock figure with the other warehouse', async () => {
    const low = await productByCode('DEMO-LOW');
    const main = await setup.repos.catalogue.getStockLevel(setup.store.id, low.guid, 'MAIN');
    const north = await setup.repos.catalogue.getStockLevel(setup.store.id, low.guid, 'NORTH');
    expect(north?.onHand).toBe(42);
    expect((await setup.repos.catalogue.stockOf(setup.store.id, low.guid, ['MAIN', 'NORTH'])).onHand).toBe(
      (main?.onHand ?? 0) + 42,
    );
  });

  it('keeps a contact that lost its Ordering flag as not-ordering, revokes its logins and reports it', async () => {
    expect((await setup.repos.customers.getContact(setup.store.id, oliverGuid))?.syncState).toBe(
      'not-ordering',
    );
    expect(setup.revoked).toContain(oliverGuid);
    expect(resultOf(changed, 'customers').skipped).toContainEqual(
      expect.objectContaining({ key: 'oliver@demo-wholesale.example', reason: 'not-ordering' }),
    );
  });

  it('removes an obsolete customer with its store orders and revokes its contacts (R6)', async () => {
    expect(await setup.repos.customers.getCustomer(setup.store.id, demo003.guid)).toBeUndefined();
    expect(await setup.repos.customers.listContacts(setup.store.id, demo003.guid)).toEqual([]);
    expect(await setup.repos.orders.listByCustomer(setup.store.id, demo003.guid)).toEqual([]);
    expect(await setup.repos.orders.listByCustomer(setup.store.id, demo001.guid)).toHaveLength(1);
    expect(setup.revoked).toHaveLength(3); // Oliver, and DEMO003's two synced contacts
  });

  it("tells the admin which of the obsolete customer's removed orders never reached Unleashed (R6)", () => {
    const removed = resultOf(changed, 'customers').skipped.filter((s) => s.reason === 'order-not-imported');
    expect(removed).toEqual([
      {
        key: 'DEMO003',
        reason: 'order-not-imported',
        detail: expect.stringContaining(notImported.slice(0, 8).toUpperCase()),
      },
    ]);
    expect(removed[0]?.detail).toContain('PO-DEMO3');
    expect(removed[0]?.detail).toContain('dana@demo-wholesale.example');
    expect(removed[0]?.detail).toContain('never reached Unleashed');
  });

  it('then, with nothing changed, makes one call per resource (per warehouse for stock) and changes nothing', async () => {
    await mock.control('DELETE', '/__control/calls');
    const quiet = await setup.engine.runSync(setup.store.id, 'schedule');
    expect(quiet.status).toBe('succeeded');
    expect(callsOf(quiet)).toEqual({
      productGroups: 1,
      sellPriceTiers: 1,
      products: 1,
      productPrices: 1,
      stock: 2,
      customers: 1,
      orderPush: 0,
      orderStatus: 1,
    });
    expect(
      Object.values(countsOf(quiet))
        .flat()
        .every((n) => n === 0),
    ).toBe(true);
    expect(quiet.resources.flatMap((r) => r.skipped)).toEqual([]);
    const { body } = await mock.control('GET', '/__control/calls');
    expect(body.Items).toHaveLength(8);
  });
});

describe('further changes: products leaving and returning, contacts losing an email or going, a warehouse dropped', () => {
  it('flags a product made obsolete as removed, and brings one back from obsolete hidden (R6, R7)', async () => {
    const retired = await productByCode('DEMO-OUT');
    const returning = await productByCode('DEMO-OBSOLETE');
    await setup.repos.catalogue.setProductStatus(setup.store.id, [returning.guid], 'sellable');
    expect((await mock.call('POST', `/Products/Obsolete/${retired.guid}`)).status).toBe(200);
    expect((await mock.call('POST', `/Products/${returning.guid}`, { Obsolete: false })).status).toBe(200);

    const run = await setup.engine.runSync(setup.store.id, 'manual');
    expect(countsOf(run).products).toEqual([0, 1, 1]);
    expect(await productByCode('DEMO-OUT')).toMatchObject({ obsolete: true });
    expect(await productByCode('DEMO-OBSOLETE')).toMatchObject({ obsolete: false, status: 'hidden' });
  });

  it('reports a contact that lost its email and marks a deleted contact removed, revoking both', async () => {
    const demo001 = await customerByCode('DEMO001');
    const contacts = await setup.repos.customers.listContacts(setup.store.id, demo001.guid);
    const dana = contacts.find((c) => c.email === 'dana@demo-wholesale.example');
    const sam = contacts.find((c) => c.email === 'shared@demo-wholesale.example');
    if (!dana || !sam) throw new Error('seed contacts missing');
    expect(
      (await mock.call('PUT', `/Customers/${demo001.guid}/Contacts/${dana.guid}`, { EmailAddress: null }))
        .status,
    ).toBe(200);
    expect((await mock.call('DELETE', `/Customers/${demo001.guid}/Contacts/${sam.guid}`)).status).toBe(204);
    const revokedBefore = setup.revoked.length;

    const run = await setup.engine.runSync(setup.store.id, 'manual');
    expect(countsOf(run).customers).toEqual([0, 1, 1]);
    expect(resultOf(run, 'customers').skipped).toEqual([
      expect.objectContaining({
        key: 'DEMO001',
        reason: 'missing-email',
        detail: expect.stringMatching(/Dana Demo of DEMO001/),
      }),
    ]);
    expect(await setup.repos.customers.getContact(setup.store.id, dana.guid)).toMatchObject({
      email: null,
      syncState: 'synced',
    });
    expect((await setup.repos.customers.getContact(setup.store.id, sam.guid))?.syncState).toBe('removed');
    expect(setup.revoked.slice(revokedBefore).sort()).toEqual([dana.guid, sam.guid].sort());
  });

  it('drops the stock of a warehouse the store stops using, and reads it whole when it is used again', async () => {
    const northLevels = (await setup.repos.catalogue.listStockLevels(setup.store.id)).filter(
      (l) => l.warehouseCode === 'NORTH',
    );
    expect(northLevels.length).toBeGreaterThan(0);
    setup.store.warehouseCodes = ['MAIN'];
    const without = await setup.engine.runSync(setup.store.id, 'manual');
    expect(countsOf(without).stock).toEqual([0, 0, northLevels.length]);
    expect(await setup.repos.syncRepo.getCursor(setup.store.id, 'stock', 'NORTH')).toBeUndefined();

    setup.store.warehouseCodes = ['MAIN', 'NORTH'];
    const again = await setup.engine.runSync(setup.store.id, 'manual');
    expect(countsOf(again).stock).toEqual([northLevels.length, 0, 0]);
  });
});
