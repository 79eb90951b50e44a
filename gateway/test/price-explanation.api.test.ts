// The admin's price explanation (R17a): for any customer and product, the price, the rule that produced it in
// Unleashed's order (customer price, quantity break, tier less discount, default sell price) and its inputs.
// Seed facts: DEMO-PLENTY sells at 20, tier Hospitality (4) at 18, everyone 17 from 10 units, DEMO001 16.50;
// DEMO002 is on Hospitality with 5% off; DEMO003 has no tier.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
const customer: Record<string, string> = {};
let plenty: string;

const explain = (customerCode: string, quantity?: number, product = plenty) =>
  portal.api(
    'GET',
    `/customers/${customer[customerCode]}/prices/${product}${quantity === undefined ? '' : `?quantity=${quantity}`}`,
  );

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  const { items } = (await portal.api('GET', '/customers?search=DEMO00&pageSize=200')).body;
  for (const c of items as { code: string; guid: string }[]) customer[c.code] = c.guid;
  plenty = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
}, 60_000);
afterAll(() => portal.close());

describe('explaining a price (R17a)', () => {
  it('when DEMO001 has its own price, then it wins at any quantity and the row is shown as applied', async () => {
    const { status, body } = await explain('DEMO001', 10);
    expect(status).toBe(200);
    expect(body).toMatchObject({ price: 16.5, rule: 'customer-price', quantity: 10 });
    expect(body.inputs.customerPrices).toMatchObject([{ price: 16.5, validToday: true, applied: true }]);
    expect(body.inputs.quantityBreaks).toMatchObject([{ minimumQuantity: 10, met: true, applied: false }]);
  });

  it('when DEMO002 buys 9, one short of the break, then it pays its tier less its discount', async () => {
    const { body } = await explain('DEMO002', 9);
    expect(body).toMatchObject({
      price: 17.1,
      rule: 'tier-less-discount',
      explanation: "Tier Hospitality (18.00) less the customer's 5% discount",
    });
    expect(body.inputs).toMatchObject({
      tier: { name: 'Hospitality', number: 4, price: 18 },
      discountRate: 0.05,
      quantityBreaks: [
        { minimumQuantity: 10, price: 17, met: false, applied: false, forThisCustomer: false },
      ],
    });
  });

  it('when DEMO002 buys exactly 10, then the quantity break applies', async () => {
    const { body } = await explain('DEMO002', 10);
    expect(body).toMatchObject({ price: 17, rule: 'quantity-break' });
    expect(body.inputs.quantityBreaks).toMatchObject([{ met: true, applied: true }]);
  });

  it('when DEMO003 has no own price, no tier and buys 1, then it pays the default sell price', async () => {
    const { body } = await explain('DEMO003');
    expect(body).toMatchObject({
      price: 20,
      rule: 'default-sell-price',
      quantity: 1,
      inputs: { customerPrices: [], tier: { name: null, number: null, price: null }, defaultSellPrice: 20 },
    });
  });

  it('when the customer or product is unknown, then it answers 404; without an admin session it answers 401', async () => {
    expect((await portal.api('GET', `/customers/nobody/prices/${plenty}`)).status).toBe(404);
    expect((await explain('DEMO001', 1, 'no-such-product')).status).toBe(404);
    const anonymous = await portal.gw.request(
      'GET',
      `/admin/stores/${portal.storeId}/customers/${customer.DEMO001}/prices/${plenty}`,
    );
    expect(anonymous.status).toBe(401);
  });
});
