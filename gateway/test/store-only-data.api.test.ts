// Store-only data layered on Unleashed's (R3): the store's own product name and description (description
// overrides), custom catalogues and store categories are the admin's and survive every sync, whatever Unleashed
// changes; buyers see the override in the catalogue and on the product page; each change is audited (B5).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let dana: string;
let demo001: string;
const guidOf: Record<string, string> = {};
const NAME = 'Workshop Widget (trade pack)';
const DETAILS = 'Our own words: ships in a carton of 12.';

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  );
  demo001 = demo.guid;
  const contacts = [...demo.contacts.active, ...demo.contacts.pending, ...demo.contacts.inactive];
  const danaGuid = contacts.find((c: { email: string }) => c.email === 'dana@demo-wholesale.example').guid;
  dana = await portal.signUp(danaGuid, 'dana@demo-wholesale.example');
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW'])
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
  await portal.api('PUT', `/products/${guidOf['DEMO-LOW']}/status`, { status: 'sellable' });
}, 90_000);
afterAll(() => portal?.close());

const shop = (path: string) => portal.gw.request('GET', `/store${path}`, { token: dana });
const setOverride = (guid: string, body: unknown) => portal.api('PUT', `/products/${guid}/override`, body);
const adminRow = async (code: string) => (await portal.api('GET', `/products?search=${code}`)).body.items[0];

describe("the store's own name and description of a product (R3)", () => {
  it('when the admin sets them, then buyers see them in the catalogue, search and product page, and the audit trail has before and after', async () => {
    const low = guidOf['DEMO-LOW'] as string;
    const set = await setOverride(low, { name: `  ${NAME} `, description: DETAILS });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({ code: 'DEMO-LOW', override: { name: NAME, description: DETAILS } });
    expect(set.body.description).not.toBe(NAME);

    const found = (await shop('/products?search=trade%20pack')).body.items;
    expect(found.map((p: { code: string; description: string }) => [p.code, p.description])).toEqual([
      ['DEMO-LOW', NAME],
    ]);
    expect((await shop('/products/DEMO-LOW')).body).toMatchObject({ description: NAME, details: DETAILS });
    expect((await adminRow('DEMO-LOW')).override).toEqual({ name: NAME, description: DETAILS });

    const audit = await portal.api('GET', '/audit?kind=product-override-changed');
    expect(audit.body.items[0]).toMatchObject({
      recordType: 'product',
      recordId: low,
      before: { name: null, description: null },
      after: { name: NAME, description: DETAILS },
    });
  });

  it("when a buyer orders the product, then the cart line and the placed order carry the store's name", async () => {
    const low = guidOf['DEMO-LOW'] as string;
    const put = await portal.gw.request('PUT', `/store/cart/lines/${low}`, {
      token: dana,
      body: { quantity: 1 },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const cart = (await shop('/cart')).body;
    expect(cart.lines.map((l: { code: string; description: string }) => [l.code, l.description])).toEqual([
      ['DEMO-LOW', NAME],
    ]);
    const placed = await portal.gw.request('POST', '/store/orders', {
      token: dana,
      body: { deliveryAddress: { street: '1 Quay Street', city: 'Auckland' } },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.body.lines[0]).toMatchObject({ code: 'DEMO-LOW', description: NAME });
  });

  it('when the name is too long or the product unknown, then nothing changes and the answer says why', async () => {
    const long = await setOverride(guidOf['DEMO-LOW'] as string, {
      name: 'x'.repeat(501),
      description: null,
    });
    expect(long.status).toBe(400);
    expect(long.body.type).toMatch(/validation-failed$/);
    const unknown = await setOverride('no-such-product', { name: 'Ghost', description: null });
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toMatch(/no product no-such-product/);
    expect((await adminRow('DEMO-LOW')).override).toEqual({ name: NAME, description: DETAILS });
  });
});

describe('store-only data across a sync (R3)', () => {
  let trade: string;
  let category: string;

  it('when Unleashed renames the product and a sync runs, then the override, the catalogues and the store categories are all still there', async () => {
    trade = (await portal.api('POST', '/catalogues', { name: 'Trade Specials' })).body.id;
    const plenty = guidOf['DEMO-PLENTY'] as string;
    await portal.api('PUT', `/catalogues/${trade}/products/${plenty}/status`, { status: 'sellable' });
    await portal.api('PUT', `/catalogues/${trade}/customers/${demo001}`);
    category = (await portal.api('POST', '/categories', { name: 'Workshop' })).body.id;
    await portal.api('PUT', `/categories/${category}/products`, { productGuids: [guidOf['DEMO-LOW']] });
    const renamed = await portal.gw.mock.call('POST', `/Products/${guidOf['DEMO-LOW']}`, {
      ProductDescription: 'Renamed in Unleashed',
    });
    expect(renamed.status).toBe(200);

    await portal.sync();
    expect(await adminRow('DEMO-LOW')).toMatchObject({
      description: 'Renamed in Unleashed',
      override: { name: NAME, description: DETAILS },
    });
    expect((await shop('/products/DEMO-LOW')).body).toMatchObject({
      description: NAME,
      details: DETAILS,
      categories: expect.arrayContaining(['Workshop']),
    });
    const catalogue = (await portal.api('GET', `/catalogues/${trade}`)).body;
    expect(catalogue.products).toEqual([
      expect.objectContaining({ productGuid: plenty, status: 'sellable' }),
    ]);
    expect(catalogue.customerGuids).toEqual([demo001]);
    expect((await shop('/products/DEMO-PLENTY')).body.orderable).toBe(true);
    expect(
      (await shop('/products?category=Workshop')).body.items.map((p: { code: string }) => p.code),
    ).toEqual(['DEMO-LOW']);
  });

  it("when the admin clears the override, then buyers see Unleashed's description again and the clearing is audited", async () => {
    const cleared = await setOverride(guidOf['DEMO-LOW'] as string, { name: ' ', description: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body.override).toBeUndefined();
    expect((await shop('/products/DEMO-LOW')).body).toMatchObject({
      description: 'Renamed in Unleashed',
      details: null,
    });
    const audit = await portal.api('GET', '/audit?kind=product-override-changed');
    expect(audit.body.items[0]).toMatchObject({
      summary: expect.stringMatching(/cleared/),
      before: { name: NAME, description: DETAILS },
      after: { name: null, description: null },
    });
  });
});
