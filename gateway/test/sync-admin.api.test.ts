// The admin's view of the sync over HTTP (B1): start one now, watch it, read its runs and what it brought in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from './harness.ts';

let gw: RunningGateway;
let token: string;
let storeId: string;

beforeAll(async () => {
  gw = await startGateway({ plan: 'base' });
  token = await gw.loginAdmin();
  const created = await gw.request('POST', '/admin/stores', {
    token,
    body: {
      name: 'Trade Store',
      adminEmail: 'orders@supplier.example',
      unleashed: gw.unleashed,
      warehouseCodes: ['MAIN', 'NORTH'],
    },
  });
  storeId = created.body.id;
});
afterAll(() => gw.close());

async function waitForSync(): Promise<{ running: unknown; lastRun: Record<string, unknown> }> {
  for (let i = 0; i < 200; i++) {
    const { body } = await gw.request('GET', `/admin/stores/${storeId}/sync`, { token });
    if (!body.running && body.lastRun) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the sync did not finish');
}

describe('starting a sync from the admin API', () => {
  it('when an admin starts a sync, then it answers 202 with the running run, and a second start meanwhile is a 409', async () => {
    const started = await gw.request('POST', `/admin/stores/${storeId}/sync`, { token });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ storeId, trigger: 'manual', status: 'running' });
    const again = await gw.request('POST', `/admin/stores/${storeId}/sync`, { token });
    expect(again.status).toBe(409);
    expect(again.body.type).toMatch(/sync-already-running$/);

    const status = await waitForSync();
    expect(status.lastRun).toMatchObject({ id: started.body.id, status: 'succeeded' });
  });

  it('when the sync has run, then each resource shows what it added and the plan limit skips are listed with why', async () => {
    const { body } = await gw.request(
      'GET',
      `/admin/stores/${storeId}/sync/runs/${(await waitForSync()).lastRun.id}`,
      { token },
    );
    const products = body.resources.find((r: { resource: string }) => r.resource === 'products');
    const customers = body.resources.find((r: { resource: string }) => r.resource === 'customers');
    expect(products.added).toBeGreaterThanOrEqual(300);
    expect(
      customers.skipped.filter((s: { reason: string }) => s.reason === 'plan-limit').length,
    ).toBeGreaterThan(0);
    expect(customers.skipped.some((s: { reason: string }) => s.reason === 'duplicate-email')).toBe(true);
  });

  it('when products arrive, then they are all Hidden with their summed stock and the stock age', async () => {
    const { body } = await gw.request('GET', `/admin/stores/${storeId}/products?search=DEMO-PLENTY`, {
      token,
    });
    expect(body.items[0]).toMatchObject({
      code: 'DEMO-PLENTY',
      status: 'hidden',
      stock: { onHand: 500, available: 500 },
    });
    expect(body.items[0].stock.syncedAt).not.toBeNull();
    const visible = await gw.request('GET', `/admin/stores/${storeId}/products?status=visible`, { token });
    expect(visible.body.total).toBe(0);
  });

  it('when customers arrive, then no more than the Base plan allows are in the store and the account usage says so', async () => {
    const inStore = await gw.request('GET', `/admin/stores/${storeId}/customers?inStore=true&pageSize=1`, {
      token,
    });
    expect(inStore.body.total).toBe(100);
    const account = await gw.request('GET', '/admin/account', { token });
    expect(account.body.usage.perStore).toEqual([{ storeId, products: 0, customers: 100 }]);
  });

  it('when the status is read, then cursors and runs are listed newest first', async () => {
    const status = await gw.request('GET', `/admin/stores/${storeId}/sync`, { token });
    expect(
      status.body.cursors.find((c: { resource: string }) => c.resource === 'products').modifiedSince,
    ).not.toBeNull();
    const runs = await gw.request('GET', `/admin/stores/${storeId}/sync/runs?limit=5`, { token });
    expect(runs.body.items.length).toBe(1);
  });

  it('when the store does not exist, then the sync endpoints answer 404 not-found', async () => {
    const { status, body } = await gw.request('GET', '/admin/stores/nope/sync', { token });
    expect(status).toBe(404);
    expect(body.type).toMatch(/not-found$/);
  });
});
