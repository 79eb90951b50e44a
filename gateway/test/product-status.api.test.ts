// Store product statuses (R3) within the plan's product limit (R7), surviving the next sync.
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
      warehouseCodes: ['MAIN'],
    },
  });
  storeId = created.body.id;
  await gw.gateway.services.sync.runSync(storeId, 'manual');
});
afterAll(() => gw.close());

const products = async (query: string) =>
  (await gw.request('GET', `/admin/stores/${storeId}/products?${query}`, { token })).body;
const setStatus = (body: unknown) =>
  gw.request('POST', `/admin/stores/${storeId}/products/status`, { token, body });

describe('product statuses', () => {
  it('when one product is made Sellable, then it lists as sellable and counts against the plan', async () => {
    const [plenty] = (await products('search=DEMO-PLENTY')).items;
    const { status, body } = await gw.request(
      'PUT',
      `/admin/stores/${storeId}/products/${plenty.guid}/status`,
      { token, body: { status: 'sellable' } },
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'sellable', changed: 1, listed: 1, limit: 200 });
    expect((await products('search=DEMO-PLENTY')).items[0].status).toBe('sellable');
  });

  it('when a bulk change would pass the Base plan limit of 200, then it is refused naming Premium and nothing changes', async () => {
    const pages = [
      ...(await products('status=hidden&pageSize=200')).items,
      ...(await products('status=hidden&pageSize=200&page=2')).items,
    ];
    const hidden = pages.filter((p: { obsolete: boolean }) => !p.obsolete);
    expect(hidden.length).toBeGreaterThan(200);
    const { status, body } = await setStatus({
      status: 'visible',
      productGuids: hidden.map((p: { guid: string }) => p.guid),
    });
    expect(status, JSON.stringify(body).slice(0, 300)).toBe(403);
    expect(body).toMatchObject({
      type: expect.stringMatching(/plan-limit-reached$/),
      limit: 'products',
      plan: 'base',
      upgradeTo: 'premium',
    });
    expect((await products('status=visible')).total).toBe(0);
  });

  it('when a bulk change by filter fits, then every matching product changes and the count is reported', async () => {
    const { status, body } = await setStatus({ status: 'visible', filter: { search: 'DEMO-LOW' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ changed: 1, listed: 2 });
  });

  it('when an obsolete product is to be shown, then the answer is 409 product-obsolete', async () => {
    const [obsolete] = (await products('search=DEMO-OBSOLETE')).items;
    const { status, body } = await gw.request(
      'PUT',
      `/admin/stores/${storeId}/products/${obsolete.guid}/status`,
      { token, body: { status: 'sellable' } },
    );
    expect(status).toBe(409);
    expect(body.detail).toContain('DEMO-OBSOLETE');
  });

  it('when both or neither of productGuids and filter are given, then the answer is a 400', async () => {
    expect((await setStatus({ status: 'hidden' })).status).toBe(400);
    expect((await setStatus({ status: 'hidden', productGuids: ['x'], filter: {} })).status).toBe(400);
  });

  it('when the product changes in Unleashed and the store syncs again, then its store status survives (R3)', async () => {
    const [plenty] = (await products('search=DEMO-PLENTY')).items;
    await gw.mock.call('POST', `/Products/${plenty.guid}`, { DefaultSellPrice: 21.5 });
    gw.clock.advance(60_000);
    await gw.gateway.services.sync.runSync(storeId, 'manual');
    expect((await products('search=DEMO-PLENTY')).items[0]).toMatchObject({
      status: 'sellable',
      defaultSellPrice: 21.5,
    });
  });

  it('when the store is over its limit after a downgrade, then a Visible product can still be made Sellable (it lists nothing new) but a Hidden one cannot be listed (R7)', async () => {
    const plan = (name: string) => gw.request('PUT', '/admin/account/plan', { token, body: { plan: name } });
    expect((await plan('premium')).status).toBe(200);
    const hidden = [
      ...(await products('status=hidden&pageSize=200')).items,
      ...(await products('status=hidden&pageSize=200&page=2')).items,
    ].filter((p: { obsolete: boolean }) => !p.obsolete);
    const listing = hidden.slice(0, 205).map((p: { guid: string }) => p.guid);
    expect((await setStatus({ status: 'visible', productGuids: listing })).status).toBe(200);
    expect((await plan('base')).status).toBe(200);

    const visible = await setStatus({ status: 'sellable', productGuids: [listing[0]] });
    expect(visible.status, JSON.stringify(visible.body)).toBe(200);
    expect(visible.body).toMatchObject({ changed: 1, limit: 200 });
    expect(visible.body.listed).toBeGreaterThan(200);
    const stillHidden = hidden[205] as { guid: string };
    const refused = await setStatus({ status: 'visible', productGuids: [stillHidden.guid] });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('Premium plan allows 500');
  });
});
