// Order rules (B4) on every path that forms an order: the cart, quick add, CSV import (per row), reorder,
// placement, acting as the customer and standing-order runs, all deciding through the one engine. DEMO-PLENTY
// carries MinimumSaleQuantity 6 and PackSize 6 in Unleashed ("min 6, in 6s"); DEMO001 pays 16.50 for it.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DANA, type StandingOrderPortal, startStandingOrderPortal } from './standing-order-fixtures.ts';

let so: StandingOrderPortal;
let demo: { guid: string; customerType: string | null };
let plenty: string;
const NONE = { minimum: null, maximum: null, multiple: null };
const NO_STORE_RULES = { minimumOrderValue: null, customerTypeMinimums: [], defaultQuantityRule: NONE };

const admin = (method: string, path: string, body?: unknown) => so.portal.api(method, path, body);
const buyer = (method: string, path: string, body?: unknown) => so.store(DANA, method, path, body);
const setLine = (quantity: number) => buyer('PUT', `/cart/lines/${plenty}`, { quantity });
const address = { street: '1 Depot Road', city: 'Auckland' };

beforeAll(async () => {
  so = await startStandingOrderPortal();
  plenty = so.guidOf['DEMO-PLENTY'] ?? '';
  const mock = await so.portal.gw.mock.call('POST', `/Products/${plenty}`, {
    MinimumSaleQuantity: 6,
    PackSize: 6,
  });
  expect(mock.status).toBe(200);
  await so.portal.sync();
  demo = (await admin('GET', '/customers?search=DEMO001')).body.items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  );
}, 90_000);
afterAll(() => so.close());
afterEach(async () => {
  await admin('PUT', '/order-rules', NO_STORE_RULES);
  await admin('PUT', `/customers/${demo.guid}/order-rules`, { minimumOrderValue: null, products: [] });
  await admin('PUT', `/products/${plenty}/quantity-rule`, NONE);
  await buyer('DELETE', '/cart');
});

describe('quantity rules from Unleashed, the store and the customer', () => {
  it('when Unleashed says min 6 in 6s, then the admin sees where it comes from and a cart line of 10 is refused naming 12', async () => {
    const rule = await admin('GET', `/products/${plenty}/quantity-rule`);
    expect(rule.body).toEqual({
      productGuid: plenty,
      fromUnleashed: { minimumSaleQuantity: 6, packSize: 6 },
      override: NONE,
      effective: { minimum: 6, maximum: null, multiple: 6 },
    });
    const listed = (await buyer('GET', '/products?search=DEMO-PLENTY')).body.items[0];
    expect(listed.quantityRule).toEqual({ minimum: 6, maximum: null, multiple: 6, label: 'min 6, in 6s' });
    const refused = await setLine(10);
    expect(refused.status).toBe(422);
    expect(refused.body.type).toMatch(/\/order-rule-broken$/);
    expect(refused.body.ruleBreaches).toEqual([
      expect.objectContaining({ rule: 'quantity-multiple', productCode: 'DEMO-PLENTY', nearestQuantity: 12 }),
    ]);
    expect(refused.body.detail).toBe(
      'DEMO-PLENTY: Sold in 6s; 10 is not a multiple of 6. The nearest quantity that can be ordered is 12.',
    );
    expect((await buyer('GET', '/cart')).body.lines).toEqual([]);
    const added = await setLine(12);
    expect(added.status).toBe(200);
    expect(added.body.lines).toMatchObject([{ quantity: 12, orderable: true, quantityRule: 'min 6, in 6s' }]);
  });

  it("when the store and then the customer override, then the customer's rule wins for it alone", async () => {
    expect(
      (await admin('PUT', `/products/${plenty}/quantity-rule`, { minimum: 2, maximum: 20, multiple: 1 })).body
        .effective,
    ).toEqual({ minimum: 2, maximum: 20, multiple: 1 });
    expect((await setLine(3)).status).toBe(200);
    const page = (await buyer('GET', '/products/DEMO-PLENTY')).body;
    expect(page.quantityRule.label).toBe('min 2, max 20');
    expect((await setLine(24)).body.ruleBreaches[0]).toMatchObject({
      rule: 'maximum-quantity',
      nearestQuantity: 20,
    });
    const own = await admin('PUT', `/customers/${demo.guid}/order-rules`, {
      minimumOrderValue: null,
      products: [{ productGuid: plenty, minimum: 10, maximum: null, multiple: null }],
    });
    expect(own.status).toBe(200);
    expect((await setLine(3)).body.ruleBreaches[0]).toMatchObject({
      rule: 'minimum-quantity',
      nearestQuantity: 10,
    });
    const sue = await so.store(so.sue.email, 'PUT', `/cart/lines/${plenty}`, { quantity: 3 });
    expect(sue.status).toBe(200);
    await so.store(so.sue.email, 'DELETE', '/cart');
  });

  it('when the admin sends a maximum below the minimum, an unknown customer or product, then nothing is saved', async () => {
    const bad = await admin('PUT', `/products/${plenty}/quantity-rule`, {
      minimum: 10,
      maximum: 5,
      multiple: null,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('override.maximum');
    expect((await admin('GET', `/products/${plenty}/quantity-rule`)).body.override).toEqual(NONE);
    expect((await admin('GET', '/customers/no-such-customer/order-rules')).status).toBe(404);
    const unknown = await admin('PUT', `/customers/${demo.guid}/order-rules`, {
      minimumOrderValue: 10,
      products: [{ productGuid: 'no-such-product', minimum: 2, maximum: null, multiple: null }],
    });
    expect(unknown.status).toBe(404);
    expect((await admin('GET', `/customers/${demo.guid}/order-rules`)).body.minimumOrderValue).toBeNull();
  });
});

describe('the minimum order value', () => {
  it('when 12 × 16.50 = 198.00 is short of the 250.00 store minimum, then the cart says what is missing and placing is refused; the customer type and the customer override it', async () => {
    await admin('PUT', '/order-rules', { ...NO_STORE_RULES, minimumOrderValue: 250 });
    await setLine(12);
    const cart = (await buyer('GET', '/cart')).body;
    expect(cart).toMatchObject({ subTotal: 198, canPlace: false, minimumOrderValue: 250 });
    expect(cart.orderValueBreach).toMatchObject({
      rule: 'minimum-order-value',
      amountNeeded: 52,
      message: 'Add 52.00 more to reach the 250.00 minimum order value (before tax).',
    });
    const refused = await buyer('POST', '/orders', { deliveryAddress: address });
    expect(refused.status).toBe(422);
    expect(refused.body.ruleBreaches).toEqual([expect.objectContaining({ amountNeeded: 52 })]);
    expect((await buyer('GET', '/cart')).body.lines).toHaveLength(1);

    await admin('PUT', `/customers/${demo.guid}/order-rules`, { minimumOrderValue: 300, products: [] });
    expect((await buyer('GET', '/cart')).body.orderValueBreach.amountNeeded).toBe(102);
    await admin('PUT', `/customers/${demo.guid}/order-rules`, { minimumOrderValue: null, products: [] });
    expect(demo.customerType).toEqual(expect.any(String));
    await admin('PUT', '/order-rules', {
      ...NO_STORE_RULES,
      minimumOrderValue: 250,
      customerTypeMinimums: [{ customerType: demo.customerType, minimumOrderValue: 150 }],
    });
    expect((await buyer('GET', '/cart')).body).toMatchObject({ canPlace: true, orderValueBreach: null });
    await admin('PUT', '/order-rules', { ...NO_STORE_RULES, minimumOrderValue: 198 });
    expect((await buyer('POST', '/orders', { deliveryAddress: address })).status).toBe(201);
  });

  it('when an admin acting as DEMO001 places a cart below the minimum, then the same refusal comes back', async () => {
    await admin('PUT', '/order-rules', { ...NO_STORE_RULES, minimumOrderValue: 250 });
    const acting = (await admin('POST', '/acting', { customerGuid: demo.guid })).body.token;
    const store = (method: string, path: string, body?: unknown) =>
      so.portal.gw.request(method, `/store${path}`, { token: acting, body });
    expect((await store('PUT', `/cart/lines/${plenty}`, { quantity: 7 })).status).toBe(422);
    await store('PUT', `/cart/lines/${plenty}`, { quantity: 6 });
    const contact = (await store('GET', '/acting/contacts')).body.items[0];
    const placed = await store('POST', '/orders', {
      deliveryAddress: address,
      placedForContactGuid: contact.guid,
    });
    expect(placed.status).toBe(422);
    expect(placed.body.detail).toBe('Add 151.00 more to reach the 250.00 minimum order value (before tax).');
    await store('DELETE', '/cart');
  });
});

describe('quick add, CSV import and reorder', () => {
  it('when quick add asks for 5, then it is refused naming 6; a CSV row of 7 is refused by its row while the other row is added', async () => {
    const quick = await buyer('POST', '/cart/quick-add', { code: 'DEMO-PLENTY', quantity: 5 });
    expect(quick.status).toBe(422);
    expect(quick.body.ruleBreaches[0]).toMatchObject({ rule: 'minimum-quantity', nearestQuantity: 6 });
    const login = await so.portal.gw.request('POST', '/store/login', {
      body: { storeId: so.portal.storeId, email: DANA, password: 'Buyer2026ok' },
    });
    const response = await fetch(`${so.portal.gw.url}/store/cart/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${login.body.token}`, 'Content-Type': 'text/csv; charset=utf-8' },
      body: 'code;quantity\r\nDEMO-PLENTY;7\r\nDEMO-LOW;1\r\n',
    });
    const report = await response.json();
    expect(report.rows[0]).toMatchObject({
      row: 2,
      added: false,
      problem:
        'DEMO-PLENTY: Sold in 6s; 7 is not a multiple of 6. The nearest quantity that can be ordered is 6.',
    });
    expect(report.rows[0].ruleBreach).toEqual({
      rule: 'quantity-multiple',
      message:
        'DEMO-PLENTY: Sold in 6s; 7 is not a multiple of 6. The nearest quantity that can be ordered is 6.',
      productGuid: plenty,
      productCode: 'DEMO-PLENTY',
      quantity: 7,
      nearestQuantity: 6,
      row: 2,
    });
    expect(report.rows[1]).toMatchObject({ row: 3, added: true, ruleBreach: null });
  });

  it('when the rule grew since a past order, then reordering flags the line with the rule and adds nothing of it', async () => {
    await setLine(12);
    const order = (await buyer('POST', '/orders', { deliveryAddress: address })).body;
    await admin('PUT', `/products/${plenty}/quantity-rule`, { minimum: 24, maximum: null, multiple: null });
    const { body } = await buyer('POST', `/orders/${order.id}/reorder`);
    expect(body.lines).toEqual([
      {
        code: 'DEMO-PLENTY',
        quantity: 12,
        added: false,
        problem:
          'DEMO-PLENTY: At least 24 must be ordered; 12 is fewer. The nearest quantity that can be ordered is 24.',
      },
    ]);
    expect(body.cart.lines).toEqual([]);
  });
});

describe('standing orders', () => {
  it('when a run breaks a rule made since, then it fails with why and the creator is emailed', async () => {
    await setLine(12);
    const { id } = await so.create(DANA, { name: 'Rules weekly', startDate: so.day(3) });
    await admin('PUT', '/order-rules', { ...NO_STORE_RULES, minimumOrderValue: 1000 });
    await so.at(3, '06:01');
    await so.tick();
    expect(await so.ordersOf(id)).toEqual([]);
    const shown = (await buyer('GET', `/standing-orders/${id}`)).body;
    expect(shown.runs[0]).toMatchObject({
      outcome: 'failed',
      detail: 'Add 802.00 more to reach the 1000.00 minimum order value (before tax).',
    });
    const mails = await so.outbox('standing-order-failed', DANA);
    expect(mails).toHaveLength(1);
    await buyer('POST', `/standing-orders/${id}/cancel`);
  });

  it('when a standing order is saved from a cart that breaks a rule, then it is refused like placing it', async () => {
    await setLine(12);
    await admin('PUT', '/order-rules', { ...NO_STORE_RULES, minimumOrderValue: 1000 });
    const made = await buyer('POST', '/standing-orders', {
      name: 'Too small',
      startDate: so.day(10),
      deliveryAddress: address,
    });
    expect(made.status).toBe(422);
    expect(made.body.type).toMatch(/\/order-rule-broken$/);
  });
});

describe("the price floor: the product's MinimumSellPrice", () => {
  it("when DEMO001's own 16.50 is below an 18.00 MinimumSellPrice, then the cart charges 18.00 and the admin's explanation says the floor applied", async () => {
    await so.portal.gw.mock.call('POST', `/Products/${plenty}`, { MinimumSellPrice: 18 });
    await so.portal.sync();
    try {
      expect((await setLine(12)).body.lines[0]).toMatchObject({ unitPrice: 18, lineTotal: 216 });
      const { body } = await admin('GET', `/customers/${demo.guid}/prices/${plenty}?quantity=12`);
      expect(body).toMatchObject({
        price: 18,
        rule: 'customer-price',
        floorApplied: true,
        minimumSellPrice: 18,
      });
      expect(body.explanation).toBe(
        "The customer's own price (16.50), raised to the product's minimum sell price (18.00)",
      );
    } finally {
      await so.portal.gw.mock.call('POST', `/Products/${plenty}`, { MinimumSellPrice: null });
      await so.portal.sync();
    }
  });
});
