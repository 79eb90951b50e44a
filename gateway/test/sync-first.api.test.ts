// The first sync of a store against the mock's default seed: everything arrives, R9 decides which contacts,
// stock is per warehouse and summed, new products are hidden, and what cannot be invited is reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from '../../mock-unleashed/test/harness.ts';
import type { SyncRun } from '../src/sync/sync.types.ts';
import {
  buildStore,
  eligibleContacts,
  readMockAccount,
  resultOf,
  type SyncSetup,
  setUpSync,
} from './sync-fixtures.ts';

let mock: RunningMock;
let account: Awaited<ReturnType<typeof readMockAccount>>;
let setup: SyncSetup;
let run: SyncRun;

beforeAll(async () => {
  mock = await startMock();
  account = await readMockAccount(mock);
  setup = await setUpSync(buildStore(mock.url));
  run = await setup.engine.runSync(setup.store.id, 'manual');
});
afterAll(() => mock.close());

describe('the first sync of a store', () => {
  it('succeeds for every resource, counting one call per page and warehouse', () => {
    expect(run.status).toBe('succeeded');
    expect(run.resources.map((r) => [r.resource, r.status])).toEqual(
      run.resources.map((r) => [r.resource, 'succeeded']),
    );
    expect(resultOf(run, 'products').calls).toBe(1);
    expect(resultOf(run, 'stock').calls).toBe(2);
    expect(resultOf(run, 'orderPush').calls).toBe(0);
    expect(run.finishedAt).not.toBeNull();
  });

  it('stores every product, obsolete ones flagged, all new ones hidden', async () => {
    const products = await setup.repos.catalogue.listProducts(setup.store.id);
    expect(products).toHaveLength(account.products.length);
    expect(resultOf(run, 'products').added).toBe(account.products.length);
    const obsolete = account.products
      .filter((p) => p.Obsolete)
      .map((p) => p.ProductCode)
      .sort();
    expect(obsolete).toContain('DEMO-OBSOLETE');
    expect(
      products
        .filter((p) => p.obsolete)
        .map((p) => p.code)
        .sort(),
    ).toEqual(obsolete);
    expect(new Set(products.map((p) => p.status))).toEqual(new Set(['hidden']));
    expect(products.filter((p) => p.status !== 'hidden' && !p.obsolete)).toHaveLength(0);
  });

  it('stores categories, the ten tiers and every price row', async () => {
    const { catalogue } = setup.repos;
    expect((await catalogue.listPriceTiers(setup.store.id)).map((t) => t.name).slice(0, 2)).toEqual([
      'Trade',
      'Wholesale',
    ]);
    expect(await catalogue.listPriceTiers(setup.store.id)).toHaveLength(10);
    const groups = new Set(
      account.products.flatMap((p) => (p.ProductGroup ? [p.ProductGroup.GroupName] : [])),
    );
    const categories = (await catalogue.listCategories(setup.store.id)).map((c) => c.name);
    for (const group of groups) expect(categories).toContain(group);
    const { body } = await mock.call('GET', '/ProductPrices/1?pageSize=1000');
    expect(await catalogue.listPriceRules(setup.store.id)).toHaveLength(body.Pagination.NumberOfItems);
  });

  it('keeps stock per product and warehouse, summed over the store warehouses (R4)', async () => {
    const { catalogue } = setup.repos;
    const levels = await catalogue.listStockLevels(setup.store.id);
    expect(levels).toHaveLength(account.stock.MAIN.size + account.stock.NORTH.size);
    for (const product of account.products.slice(0, 60)) {
      const rows = [account.stock.MAIN.get(product.Guid), account.stock.NORTH.get(product.Guid)];
      const onHand = rows.reduce((sum, row) => sum + (row?.QtyOnHand ?? 0), 0);
      const available = rows.reduce((sum, row) => sum + (row?.AvailableQty ?? 0), 0);
      expect(await catalogue.stockOf(setup.store.id, product.Guid, ['MAIN', 'NORTH'])).toMatchObject({
        onHand,
        available,
      });
    }
    const plenty = account.products.find((p) => p.ProductCode === 'DEMO-PLENTY');
    expect((await catalogue.stockOf(setup.store.id, plenty.Guid, ['MAIN'])).onHand).toBe(500);
  });

  it('stores the active customers, all in the store when the plan has room; not the obsolete one', async () => {
    const customers = await setup.repos.customers.listCustomers(setup.store.id);
    const active = account.customers.filter((c) => !c.Obsolete);
    expect(customers).toHaveLength(active.length);
    expect(customers.some((c) => c.code === 'DEMOOBS')).toBe(false);
    expect(await setup.repos.customers.countInStore(setup.store.id)).toBe(active.length);
  });

  it('syncs default contacts always and others only while Ordering is set (R9)', async () => {
    const contacts = await setup.repos.customers.listContacts(setup.store.id);
    const expected = eligibleContacts(account.customers);
    expect(contacts.map((c) => c.guid).sort()).toEqual(expected.map((c) => c.Guid).sort());
    expect(new Set(contacts.map((c) => c.syncState))).toEqual(new Set(['synced']));
    const emails = contacts.map((c) => c.email);
    expect(emails).toContain('oliver@demo-wholesale.example');
    expect(emails).not.toContain('nina@demo-wholesale.example');
  });

  it('reports each contact whose email another synced contact holds, naming the holder (R10)', () => {
    const byEmail = new Map<string, number>();
    for (const contact of eligibleContacts(account.customers)) {
      const email = contact.EmailAddress?.toLowerCase();
      if (email) byEmail.set(email, (byEmail.get(email) ?? 0) + 1);
    }
    const duplicates = [...byEmail.values()].reduce((sum, n) => sum + n - 1, 0);
    const reported = resultOf(run, 'customers').skipped.filter((s) => s.reason === 'duplicate-email');
    expect(duplicates).toBeGreaterThan(1);
    expect(reported).toHaveLength(duplicates);
    const shared = reported.find((s) => s.key === 'shared@demo-wholesale.example');
    expect(shared?.detail).toMatch(
      /Sam Shared of DEMO00[13] shares this email with Sam Shared of DEMO00[13]/,
    );
  });

  it('reports contacts without an email as missing-email', () => {
    const missing = eligibleContacts(account.customers).filter((c) => !c.EmailAddress);
    const reported = resultOf(run, 'customers').skipped.filter((s) => s.reason === 'missing-email');
    expect(missing.length).toBeGreaterThan(0);
    expect(reported).toHaveLength(missing.length);
  });

  it('shows the status: cursors set, nothing running, the run as the last one', async () => {
    const status = await setup.engine.status(setup.store.id);
    expect(status.running).toBeNull();
    expect(status.lastRun?.id).toBe(run.id);
    const products = status.cursors.find((c) => c.resource === 'products');
    const newest = account.products
      .map((p) => Number(/\d+/.exec(p.LastModifiedOn)?.[0]))
      .sort((a, b) => b - a)[0];
    expect(products?.modifiedSince).toBe(new Date(newest ?? 0).toISOString());
    expect(status.cursors.find((c) => c.resource === 'stock')?.lastSucceededAt).not.toBeNull();
    expect((await setup.engine.listRuns(setup.store.id)).map((r) => r.id)).toEqual([run.id]);
    await expect(setup.engine.getRun(setup.store.id, 'nope')).rejects.toMatchObject({ problem: 'not-found' });
  });
});

describe('a plan with room for fewer customers than Unleashed has (R7)', () => {
  it('adds customers while there is room and reports the rest as plan-limit, adding none past it', async () => {
    const limited = await setUpSync(buildStore(mock.url), { room: 100 });
    const first = await limited.engine.runSync(limited.store.id, 'manual');
    const active = account.customers.filter((c) => !c.Obsolete);
    expect(await limited.repos.customers.countInStore(limited.store.id)).toBe(100);
    expect(await limited.repos.customers.listCustomers(limited.store.id)).toHaveLength(active.length);
    const skipped = resultOf(first, 'customers').skipped.filter((s) => s.reason === 'plan-limit');
    expect(skipped).toHaveLength(active.length - 100);
    expect(skipped[0]?.detail).toMatch(/customer limit is reached \(100 customers in the store\)/);
    // R7: the skip names the plan that lifts the limit.
    expect(skipped[0]?.detail).toContain('The Premium plan allows 250.');
    const outside = (await limited.repos.customers.listCustomers(limited.store.id)).filter((c) => !c.inStore);
    expect(skipped.map((s) => s.key).sort()).toEqual(outside.map((c) => c.code).sort());

    // A smaller plan later never drops customers already in the store.
    limited.limits.room = 10;
    await limited.engine.runSync(limited.store.id, 'manual');
    expect(await limited.repos.customers.countInStore(limited.store.id)).toBe(100);
  });

  it('adds no customer to the store when the store does not add them automatically, and reports none', async () => {
    const manual = await setUpSync(buildStore(mock.url, { autoAddCustomers: false }), { room: 100 });
    const first = await manual.engine.runSync(manual.store.id, 'manual');
    expect(await manual.repos.customers.countInStore(manual.store.id)).toBe(0);
    expect(resultOf(first, 'customers').skipped.filter((s) => s.reason === 'plan-limit')).toHaveLength(0);
  });
});
