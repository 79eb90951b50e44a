// Each placed order reaches Unleashed through an import job of its own (R18): within seconds, whatever sync is

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../src/audit/audit-log.ts';
import { createCatalogueRepo } from '../src/catalogue/catalogue.repo.ts';
import { createCataloguesRepo } from '../src/custom-catalogues/catalogues.repo.ts';
import { createEffectiveStatuses } from '../src/custom-catalogues/effective-status.ts';
import { createCustomersRepo } from '../src/customers/customers.repo.ts';
import { createDataVersions } from '../src/db/data-versions.ts';
// running, and with no sync run started for it; when Unleashed is down the job is retried until it is back, and
// the order becomes exactly one sales order. A placement that fails half way leaves nothing behind.
import { NO_QUANTITY_RULE } from '../src/order-rules/quantity-rules.ts';
import { createCustomerOrderSettingsRepo } from '../src/orders/customer-order-settings.repo.ts';
import { createOrderPlacement } from '../src/orders/order-placement.ts';
import { createOrdersRepo } from '../src/orders/orders.repo.ts';
import { type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let buyer: string;
let plentyGuid: string;
const address = { street: '1 Main St', city: 'Auckland' };

beforeAll(async () => {
  portal = await startPortal();
  const customer = await portal.addCustomer([{ firstName: 'Ivy' }]);
  buyer = await portal.signUp(
    customer.contacts.Ivy as string,
    `ivy.${customer.code.toLowerCase()}@buyer.example`,
  );
  plentyGuid = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
  await portal.api('PUT', `/products/${plentyGuid}/status`, { status: 'sellable' });
}, 90_000);
afterEach(() => portal.gw.mock.control('DELETE', '/__control/faults'));
afterAll(() => portal?.close());

const store = (method: string, path: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token: buyer, body });

async function place(quantity = 2): Promise<string> {
  await store('PUT', `/cart/lines/${plentyGuid}`, { quantity });
  const placed = await store('POST', '/orders', { deliveryAddress: address });
  expect(placed.status, JSON.stringify(placed.body)).toBe(201);
  return placed.body.id;
}

const importState = async (id: string) => (await portal.api('GET', `/orders/${id}`)).body.importState;
const salesOrdersFor = async (id: string) => {
  const order = (await portal.api('GET', `/orders/${id}`)).body;
  const { body } = await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${order.unleashedOrderNumber}`);
  return body.Items.length;
};

describe('importing a placed order', () => {
  it('when a buyer places an order, then its own job imports it within seconds and no sync run is started', async () => {
    const runsBefore = (await portal.api('GET', '/sync/runs')).body.items.length;
    const id = await place();
    await expect.poll(() => importState(id), { timeout: 5_000, interval: 50 }).toBe('imported');
    expect((await portal.api('GET', '/sync/runs')).body.items.length).toBe(runsBefore);
    expect(await salesOrdersFor(id)).toBe(1);
  });

  it('when Unleashed refuses connections for a while, then the order stays Processing and is imported once it is back', async () => {
    await portal.gw.mock.control('POST', '/__control/faults', {
      kind: 'error',
      rate: 1,
      status: 503,
      pathPrefix: '/SalesOrders',
    });
    const id = await place(3);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await importState(id)).toBe('queued');
    expect((await store('GET', `/orders/${id}`)).body.status).toBe('processing');
    await portal.gw.mock.control('DELETE', '/__control/faults');
    await expect.poll(() => importState(id), { timeout: 20_000, interval: 100 }).toBe('imported');
    expect(await salesOrdersFor(id)).toBe(1);
  });

  it('when a placement fails after its order was written, then no order, no email and no job is left and the cart is as it was', async () => {
    const { db } = portal.gw;
    await store('PUT', `/cart/lines/${plentyGuid}`, { quantity: 4 });
    const services = portal.gw.gateway.services;
    const catalogue = createCatalogueRepo(db);
    const versions = createDataVersions(db);
    const failing = createOrderPlacement({
      catalogue,
      statuses: createEffectiveStatuses({ catalogue, catalogues: createCataloguesRepo(db), versions }),
      orders: createOrdersRepo(db),
      email: services.email,
      clock: services.clock,
      publicBaseUrl: 'https://shop.example',
      transaction: (work) => db.transaction(work),
      audit: createAuditLog(db, services.clock),
      // The fault, between the writes: the order and its emails are written, then queueing the import fails.
      queueImport: async () => {
        throw new Error('the job engine went away');
      },
      customerSettings: createCustomerOrderSettingsRepo(db),
      approvals: { approversFor: async () => [], askApprovers: async () => {} },
      orderRules: {
        ruleBook: async () => ({ minimumOrderValue: null, quantityRuleOf: () => NO_QUANTITY_RULE }),
      },
    });
    const storeRecord = await services.stores.get(portal.storeId);
    const me = (await store('GET', '/me')).body;
    const customer = await createCustomersRepo(db, versions).getCustomer(portal.storeId, me.customer.guid);
    const countOf = async (table: 'orders' | 'emailOutbox') =>
      Number(
        (
          await db.q
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const [ordersBefore, emailsBefore] = [await countOf('orders'), await countOf('emailOutbox')];
    await expect(
      failing.place({
        store: storeRecord,
        customer: customer as NonNullable<typeof customer>,
        placedBy: { email: me.contact.email },
        lines: [{ productGuid: plentyGuid, quantity: 4 }],
        deliveryAddress: address,
      }),
    ).rejects.toThrow('the job engine went away');
    expect(await countOf('orders')).toBe(ordersBefore);
    expect(await countOf('emailOutbox')).toBe(emailsBefore);
    expect((await store('GET', '/cart')).body.lines).toEqual([expect.objectContaining({ quantity: 4 })]);
  });
});
