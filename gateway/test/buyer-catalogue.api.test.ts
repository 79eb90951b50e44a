// The buyer's catalogue (R3, R17a, R17b): only Visible and Sellable products, the buyer's own price, the stock
// band, and what can be ordered under the store's out-of-stock policy — scoped to the buyer's customer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let dana: string;
const guidOf: Record<string, string> = {};

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  const page = await portal.api('GET', '/customers?search=DEMO001');
  const demo = page.body.items.find((c: { code: string }) => c.code === 'DEMO001');
  const contacts = [...demo.contacts.active, ...demo.contacts.pending, ...demo.contacts.inactive];
  const danaContact = contacts.find((c: { email: string }) => c.email === 'dana@demo-wholesale.example');
  const token = await portal.invite(danaContact.guid, 'dana@demo-wholesale.example');
  dana = (
    await portal.gw.request('POST', '/store/invitations/accept', { body: { token, password: PASSWORD } })
  ).body.token;
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW', 'DEMO-OUT', 'DEMO-OBSOLETE']) {
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
  }
  await portal.api('POST', '/products/status', {
    status: 'sellable',
    productGuids: [guidOf['DEMO-PLENTY'], guidOf['DEMO-OUT']],
  });
  await portal.api('POST', '/products/status', { status: 'visible', productGuids: [guidOf['DEMO-LOW']] });
}, 60_000);
afterAll(() => portal.close());

const catalogue = async (query = '') => {
  const { status, body } = await portal.gw.request('GET', `/store/products?${query}`, { token: dana });
  expect(status).toBe(200);
  return body;
};
const item = (page: { items: { code: string }[] }, code: string) => page.items.find((p) => p.code === code);

describe('the buyer catalogue', () => {
  it('when products are Hidden, then the buyer never sees them; Visible and Sellable ones are listed', async () => {
    const page = await catalogue('pageSize=200');
    expect(page.items.map((p: { code: string }) => p.code).sort()).toEqual([
      'DEMO-LOW',
      'DEMO-OUT',
      'DEMO-PLENTY',
    ]);
    expect(page.stockSyncedAt).not.toBeNull();
  });

  it("when the buyer's customer has its own price, then the buyer sees that price and not the default", async () => {
    expect(item(await catalogue(), 'DEMO-PLENTY')).toMatchObject({ price: 16.5, orderable: true });
  });

  it('when stock is plenty, low or none, then the band is green, amber or red and only Sellable in-stock products can be ordered', async () => {
    const page = await catalogue();
    expect(item(page, 'DEMO-PLENTY')).toMatchObject({
      stock: { band: 'plenty', available: 500 },
      orderable: true,
    });
    expect(item(page, 'DEMO-LOW')).toMatchObject({ stock: { band: 'low', available: 5 }, orderable: false });
    expect(item(page, 'DEMO-OUT')).toMatchObject({
      stock: { band: 'out', available: 0 },
      orderable: false,
      backorder: false,
    });
  });

  it('when the store sells out-of-stock products, then they can be ordered as a backorder; when it hides them, they vanish', async () => {
    await portal.api('PATCH', '', { outOfStockPolicy: 'sellable' });
    expect(item(await catalogue(), 'DEMO-OUT')).toMatchObject({ orderable: true, backorder: true });
    await portal.api('PATCH', '', { outOfStockPolicy: 'hidden' });
    expect(item(await catalogue(), 'DEMO-OUT')).toBeUndefined();
    await portal.api('PATCH', '', { outOfStockPolicy: 'visible' });
  });

  it('when the store hides stock counts, then buyers see the band without the number', async () => {
    await portal.api('PATCH', '', { showStockCounts: false });
    expect(item(await catalogue(), 'DEMO-LOW')).toMatchObject({ stock: { band: 'low', available: null } });
    await portal.api('PATCH', '', { showStockCounts: true });
  });

  it('when the buyer searches or picks a category, then only matching products come back', async () => {
    expect((await catalogue('search=plenty')).items.map((p: { code: string }) => p.code)).toEqual([
      'DEMO-PLENTY',
    ]);
    const categories = (await portal.gw.request('GET', '/store/categories', { token: dana })).body.items;
    expect(categories.length).toBeGreaterThan(0);
    const first = await catalogue(`category=${encodeURIComponent(categories[0])}`);
    expect(first.items.every((p: { category: string }) => p.category === categories[0])).toBe(true);
  });

  it('when there is no buyer session, or an admin session, then the catalogue is refused', async () => {
    expect((await portal.gw.request('GET', '/store/products')).status).toBe(401);
    expect((await portal.gw.request('GET', '/store/products', { token: portal.admin })).status).toBe(403);
  });

  it('when 10 are available the band is amber, and at 11 it is green (R17b: "10 or fewer shows amber")', async () => {
    for (const [available, band] of [
      [10, 'low'],
      [11, 'plenty'],
      [1, 'low'],
    ] as const) {
      const set = await portal.gw.mock.control('POST', '/__control/stock', {
        productCode: 'DEMO-LOW',
        warehouseCode: 'MAIN',
        setQtyOnHand: available,
      });
      expect(set.status).toBe(200);
      await portal.sync();
      expect(item(await catalogue(), 'DEMO-LOW')).toMatchObject({ stock: { band, available } });
    }
  });

  it('when stock moves in Unleashed or the admin changes a status, then the very next page shows it (nothing stale)', async () => {
    expect(item(await catalogue(), 'DEMO-LOW')).toMatchObject({ stock: { band: 'low' } });
    const stock = await portal.gw.mock.control('POST', '/__control/stock', {
      productCode: 'DEMO-LOW',
      warehouseCode: 'MAIN',
      setQtyOnHand: 40,
    });
    expect(stock.status).toBe(200);
    await portal.sync();
    expect(item(await catalogue(), 'DEMO-LOW')).toMatchObject({ stock: { band: 'plenty', available: 40 } });

    await portal.api('PUT', `/products/${guidOf['DEMO-LOW']}/status`, { status: 'hidden' });
    expect(item(await catalogue(), 'DEMO-LOW')).toBeUndefined();
    expect(item(await catalogue('search=demo-low'), 'DEMO-LOW')).toBeUndefined();
  });
});

describe('one product of the buyer catalogue, by code (R17a)', () => {
  const product = (token: string, code: string) =>
    portal.gw.request('GET', `/store/products/${encodeURIComponent(code)}`, { token });

  it('when the customer has its own price, then the product shows that price and no quantity breaks (its own price wins at any quantity)', async () => {
    const { status, body } = await product(dana, 'demo-plenty');
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 'DEMO-PLENTY', price: 16.5, orderable: true, priceBreaks: [] });
    expect(body.stockSyncedAt).not.toBeNull();
  });

  it('when another customer has no price of its own, then it sees the default price and the break from 10 units at 17.00', async () => {
    const shop = await portal.addCustomer([{ firstName: 'Paula' }]);
    const paula = await portal.signUp(shop.contacts.Paula as string, emailOf('Paula', shop.code));
    const { body } = await product(paula, 'DEMO-PLENTY');
    expect(body).toMatchObject({ price: 20, priceBreaks: [{ minimumQuantity: 10, price: 17 }] });
  });

  it('when the code is Hidden for the customer, obsolete or unknown, then the answer is the same 404', async () => {
    for (const code of ['DEMO-LOW', 'DEMO-OBSOLETE', 'NO-SUCH-CODE']) {
      const { status, body } = await product(dana, code);
      expect(status, code).toBe(404);
      expect(body.type).toMatch(/not-found$/);
    }
    expect((await portal.gw.request('GET', '/store/products/DEMO-PLENTY')).status).toBe(401);
  });
});

describe('a product made obsolete in Unleashed (R6)', () => {
  it('when a Sellable product in the cart is made obsolete, then after the sync it is gone from the catalogue and its page, the cart says so and it cannot be ordered', async () => {
    const guid = guidOf['DEMO-PLENTY'] as string;
    const shop = (method: string, path: string, body?: unknown) =>
      portal.gw.request(method, `/store${path}`, { token: dana, body });
    expect((await shop('PUT', `/cart/lines/${guid}`, { quantity: 2 })).status).toBe(200);
    expect(item(await catalogue('pageSize=200'), 'DEMO-PLENTY')).toBeDefined();

    expect((await portal.gw.mock.call('POST', `/Products/Obsolete/${guid}`)).status).toBe(200);
    await portal.sync();

    expect(item(await catalogue('pageSize=200'), 'DEMO-PLENTY')).toBeUndefined();
    expect(item(await catalogue('search=DEMO-PLENTY'), 'DEMO-PLENTY')).toBeUndefined();
    expect((await shop('GET', '/products/DEMO-PLENTY')).status).toBe(404);
    const cart = await shop('GET', '/cart');
    const line = cart.body.lines.find((l: { productGuid: string }) => l.productGuid === guid);
    expect(line).toMatchObject({ problem: 'This product is no longer in the store.' });
    const placed = await shop('POST', '/orders', {
      deliveryAddress: { street: '1 Main St', city: 'Auckland' },
    });
    expect([placed.status, placed.body.type]).toEqual([409, expect.stringMatching(/cart-cannot-be-placed$/)]);
    // The admin still sees it, flagged obsolete, with the store's status kept (R3).
    const [admin] = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items;
    expect(admin).toMatchObject({ obsolete: true, status: 'sellable' });
  });
});
