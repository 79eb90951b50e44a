// Connecting stores (R8) within the plan's store limit (R7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../src/security/secret-box.ts';
import { type RunningGateway, startGateway } from './harness.ts';

let gw: RunningGateway;
let token: string;
beforeAll(async () => {
  gw = await startGateway({ plan: 'base' });
  token = await gw.loginAdmin();
});
afterAll(() => gw.close());

const storeBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Trade Store',
  adminEmail: 'Orders@Supplier.example',
  unleashed: gw.unleashed,
  warehouseCodes: ['MAIN', 'NORTH'],
  orderWarehouseCode: 'MAIN',
  importStatus: 'Placed',
  ...overrides,
});

describe('connecting a store', () => {
  it('when the Unleashed id and key are wrong, then the store is refused with 422 unleashed-credentials-rejected and nothing is saved', async () => {
    const { status, body } = await gw.request('POST', '/admin/stores', {
      token,
      body: storeBody({ unleashed: { ...gw.unleashed, apiKey: 'not-the-key' } }),
    });
    expect(status).toBe(422);
    expect(body.type).toMatch(/unleashed-credentials-rejected$/);
    expect((await gw.request('GET', '/admin/stores', { token })).body.items).toEqual([]);
  });

  it('when Unleashed cannot be reached, then the answer is 502 unleashed-unreachable', async () => {
    const { status, body } = await gw.request('POST', '/admin/stores', {
      token,
      body: storeBody({ unleashed: { ...gw.unleashed, baseUrl: 'http://127.0.0.1:9' } }),
    });
    expect(status).toBe(502);
    expect(body.type).toMatch(/unleashed-unreachable$/);
  });

  it('when a warehouse does not exist in Unleashed, then the answer is 422 naming it', async () => {
    const { status, body } = await gw.request('POST', '/admin/stores', {
      token,
      body: storeBody({ warehouseCodes: ['MAIN', 'SOUTH'] }),
    });
    expect(status).toBe(422);
    expect(body.detail).toContain('SOUTH');
  });

  it('when the credentials are right, then the store is created with its settings, and the key is never returned', async () => {
    const { status, body } = await gw.request('POST', '/admin/stores', { token, body: storeBody() });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      name: 'Trade Store',
      adminEmail: 'orders@supplier.example',
      importStatus: 'Placed',
      warehouseCodes: ['MAIN', 'NORTH'],
      orderWarehouseCode: 'MAIN',
      taxCode: 'G.S.T.',
      defaultTaxRate: 0.15,
      syncIntervalMinutes: 15,
      unleashed: { apiId: gw.unleashed.apiId, baseUrl: gw.unleashed.baseUrl },
    });
    expect(JSON.stringify(body)).not.toContain(gw.unleashed.apiKey);
    const listed = await gw.request('GET', `/admin/stores/${body.id}`, { token });
    expect(JSON.stringify(listed.body)).not.toContain(gw.unleashed.apiKey);
    expect(gw.logs.join('\n')).not.toContain(gw.unleashed.apiKey);
  });

  it('when a second store is created on the Base plan, then 403 plan-limit-reached names the limit and the plan that lifts it', async () => {
    const { status, body } = await gw.request('POST', '/admin/stores', {
      token,
      body: storeBody({ name: 'Second' }),
    });
    expect(status).toBe(403);
    expect(body).toMatchObject({ limit: 'stores', plan: 'base', upgradeTo: 'premium-plus' });
    expect(body.detail).toContain('Premium Plus');
  });

  it('when the plan is Premium Plus, then a second store can be created', async () => {
    await gw.request('PUT', '/admin/account/plan', { token, body: { plan: 'premium-plus' } });
    const { status } = await gw.request('POST', '/admin/stores', {
      token,
      body: storeBody({ name: 'Second' }),
    });
    expect(status).toBe(201);
    const account = await gw.request('GET', '/admin/account', { token });
    expect(account.body).toMatchObject({
      plan: 'premium-plus',
      usage: { stores: 2 },
      limits: { stores: 10, products: null },
    });
    await gw.request('PUT', '/admin/account/plan', { token, body: { plan: 'base' } });
  });
});

describe('store settings', () => {
  it('when settings are changed, then they are kept; an unknown tax code is refused with 422', async () => {
    const [store] = (await gw.request('GET', '/admin/stores', { token })).body.items;
    const changed = await gw.request('PATCH', `/admin/stores/${store.id}`, {
      token,
      body: { importStatus: 'Parked', syncIntervalMinutes: 30 },
    });
    expect(changed.body).toMatchObject({ importStatus: 'Parked', syncIntervalMinutes: 30 });
    const refused = await gw.request('PATCH', `/admin/stores/${store.id}`, {
      token,
      body: { taxCode: 'VAT99' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.type).toMatch(/unknown-tax-code$/);
  });

  it('when an import status outside Parked, Placed, Backordered is sent, then the answer is a 400', async () => {
    const [store] = (await gw.request('GET', '/admin/stores', { token })).body.items;
    const { status, body } = await gw.request('PATCH', `/admin/stores/${store.id}`, {
      token,
      body: { importStatus: 'Completed' },
    });
    expect(status).toBe(400);
    expect(body.errors[0].field).toContain('importStatus');
  });

  it('when a settings change names id, createdAt, the Unleashed connection or an unknown field, then 400 names the field and the store is unchanged', async () => {
    const [store] = (await gw.request('GET', '/admin/stores', { token })).body.items;
    const count = (await gw.request('GET', '/admin/stores', { token })).body.items.length;
    const refusals: [Record<string, unknown>, string][] = [
      [{ id: 'someone-elses-store' }, 'id'],
      [{ createdAt: '1999-01-01T00:00:00.000Z' }, 'createdAt'],
      [{ unleashed: { apiId: 'evil', baseUrl: 'https://evil.example' } }, 'unleashed'],
      [{ name: 'Renamed', isAdmin: true }, 'isAdmin'],
    ];
    for (const [body, field] of refusals) {
      const refused = await gw.request('PATCH', `/admin/stores/${store.id}`, { token, body });
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body.errors).toContainEqual(expect.objectContaining({ field }));
    }
    expect((await gw.request('GET', `/admin/stores/${store.id}`, { token })).body).toEqual(store);
    expect((await gw.request('GET', '/admin/stores/someone-elses-store', { token })).status).toBe(404);
    expect((await gw.request('GET', '/admin/stores', { token })).body.items).toHaveLength(count);
  });

  it('when a store is created with an id or createdAt of its own, then 400 names the field and no store is made', async () => {
    const before = (await gw.request('GET', '/admin/stores', { token })).body.items.length;
    const refused = await gw.request('POST', '/admin/stores', {
      token,
      body: storeBody({ name: 'Planted', id: 'planted', createdAt: '1999-01-01T00:00:00.000Z' }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['id', 'createdAt']),
    );
    expect((await gw.request('GET', '/admin/stores', { token })).body.items).toHaveLength(before);
  });

  it('when a settings change is nested 500 or 5,000 levels deep, then it answers 400 problem+json, stores nothing, and the store still reads', async () => {
    const [store] = (await gw.request('GET', '/admin/stores', { token })).body.items;
    for (const depth of [500, 5_000]) {
      const junk = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
      for (const body of [`{"name":"Deep","junk":${junk}}`, `{"orderStatuses":{"confirmed":${junk}}}`]) {
        const answer = await fetch(`${gw.url}/admin/stores/${store.id}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body,
        });
        expect(answer.status).toBe(400);
        expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect((await answer.json()).detail).toMatch(/nested deeper than/);
      }
    }
    const after = await gw.request('GET', `/admin/stores/${store.id}`, { token });
    expect(after.status).toBe(200);
    expect(after.body).toEqual(store);
  });

  it('when the new API id is not printable ASCII or a paging number is 1e400, then it answers 400, not a 5xx', async () => {
    const [store] = (await gw.request('GET', '/admin/stores', { token })).body.items;
    const unicode = await gw.request('PUT', `/admin/stores/${store.id}/connection`, {
      token,
      body: { apiId: 'ïd-ü', apiKey: gw.unleashed.apiKey },
    });
    expect(unicode.status).toBe(400);
    expect(unicode.body.errors).toContainEqual(expect.objectContaining({ field: 'apiId' }));
    for (const path of ['/sync/runs?limit=1e400', '/orders?page=1e400', '/orders?pageSize=1e400']) {
      const huge = await gw.request('GET', `/admin/stores/${store.id}${path}`, { token });
      expect(huge.status).toBe(400);
      expect(huge.body.type).toMatch(/validation-failed$/);
    }
  });

  it('when a store is connected or reconnected, then its stored record holds the Unleashed key only sealed under the master key (R8)', async () => {
    const [store] = (await gw.request('GET', '/admin/stores', { token })).body.items;
    const storedKey = async () => {
      const row = await gw.db.q
        .selectFrom('stores')
        .selectAll()
        .where('id', '=', store.id)
        .executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain(gw.unleashed.apiKey);
      return row.unleashedApiKeySealed;
    };
    const connected = await storedKey();
    expect(new SecretBox('test-master-key').open({ sealed: connected })).toBe(gw.unleashed.apiKey);
    expect(() => new SecretBox('another-master-key').open({ sealed: connected })).toThrow();
    const reconnected = await gw.request('PUT', `/admin/stores/${store.id}/connection`, {
      token,
      body: { apiId: gw.unleashed.apiId, apiKey: gw.unleashed.apiKey },
    });
    expect(reconnected.status).toBe(200);
    const resealed = await storedKey();
    expect(resealed).not.toBe(connected);
    expect(new SecretBox('test-master-key').open({ sealed: resealed })).toBe(gw.unleashed.apiKey);
  });

  it('when new credentials are rejected, then the old connection stays', async () => {
    const [store] = (await gw.request('GET', '/admin/stores', { token })).body.items;
    const refused = await gw.request('PUT', `/admin/stores/${store.id}/connection`, {
      token,
      body: { apiId: gw.unleashed.apiId, apiKey: 'wrong' },
    });
    expect(refused.status).toBe(422);
    expect((await gw.request('GET', '/readyz')).body.checks).toContainEqual({
      name: `unleashed:${store.name}`,
      ok: true,
    });
  });

  it('when the database and the job engine answer, then /readyz says so; once the engine stops, it is not ready', async () => {
    const other = await startGateway({ db: gw.db, mock: gw.mock, adminExists: true });
    const ready = await other.request('GET', '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual(
      expect.arrayContaining([
        { name: 'database', ok: true },
        { name: 'jobs', ok: true },
      ]),
    );
    await other.gateway.services.jobs.stop();
    const stopping = await other.request('GET', '/readyz');
    expect(stopping.status).toBe(503);
    expect(stopping.body.checks).toContainEqual({ name: 'jobs', ok: false });
    await other.close();
  });
});
