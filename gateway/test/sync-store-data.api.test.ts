// Store-only data across syncs: a product custom catalogues list that comes back from obsolete counts again
// only where the plan has room, else it leaves those catalogues and the run says so (R7); catalogues and store
// categories survive every sync (R3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
const guidOf: Record<string, string> = {};

beforeAll(async () => {
  portal = await startPortal({ plan: 'base' });
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW'])
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
}, 60_000);
afterAll(() => portal.close());

const listedProducts = async () =>
  (await portal.gw.request('GET', '/admin/account', { token: portal.admin })).body.usage.perStore[0]
    .products as number;
const productsResultOfLastSync = async () => {
  const { body } = await portal.api('GET', '/sync');
  const run = await portal.api('GET', `/sync/runs/${body.lastRun.id}`);
  return run.body.resources.find((r: { resource: string }) => r.resource === 'products');
};
const setObsolete = async (guid: string, obsolete: boolean) => {
  const made = obsolete
    ? await portal.gw.mock.call('POST', `/Products/Obsolete/${guid}`)
    : await portal.gw.mock.call('POST', `/Products/${guid}`, { Obsolete: false });
  expect(made.status).toBe(200);
  await portal.sync();
};
const listedIn = async (catalogueId: string) =>
  (await portal.api('GET', `/catalogues/${catalogueId}`)).body.products.map(
    (p: { productGuid: string }) => p.productGuid,
  );

describe('a product listed only in a custom catalogue comes back from obsolete (R7, Base plan: 200 products)', () => {
  let trade: string;

  it('when the plan has room, then it is listed in its catalogue again and counted once', async () => {
    trade = (await portal.api('POST', '/catalogues', { name: 'Trade Specials' })).body.id;
    const plenty = guidOf['DEMO-PLENTY'] as string;
    await portal.api('PUT', `/catalogues/${trade}/products/${plenty}/status`, { status: 'sellable' });
    expect(await listedProducts()).toBe(1);
    await setObsolete(plenty, true);
    expect(await listedProducts()).toBe(0);

    await setObsolete(plenty, false);
    expect(await listedProducts()).toBe(1);
    expect(await listedIn(trade)).toEqual([plenty]);
    expect((await productsResultOfLastSync()).skipped).toEqual([]);
  });

  it('when the store is at its limit, then it leaves the catalogue, the count stays 200 and the run names the plan that lifts it', async () => {
    const plenty = guidOf['DEMO-PLENTY'] as string;
    await setObsolete(plenty, true);
    const all = await portal.api('GET', '/products?pageSize=200&page=1');
    const more = await portal.api('GET', '/products?pageSize=200&page=2');
    const others = [...all.body.items, ...more.body.items]
      .filter((p: { obsolete: boolean; guid: string }) => !p.obsolete && p.guid !== plenty)
      .slice(0, 200)
      .map((p: { guid: string }) => p.guid);
    const filled = await portal.api('POST', '/products/status', { status: 'visible', productGuids: others });
    expect(filled.body).toMatchObject({ listed: 200, limit: 200 });

    await setObsolete(plenty, false);
    expect(await listedProducts()).toBe(200);
    expect(await listedIn(trade)).toEqual([]);
    expect((await productsResultOfLastSync()).skipped).toEqual([
      {
        key: 'DEMO-PLENTY',
        reason: 'plan-limit',
        detail: expect.stringMatching(/listed in Trade Specials.*limit is reached.*Premium plan allows 500/),
      },
    ]);
  });
});
