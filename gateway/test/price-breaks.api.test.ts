// Quantity breaks that raise the unit price (R17a, issue 16 item 3). Seed facts: DEMO-PLENTY's Hospitality tier is
// 18.00 and everyone pays 17.00 from 10 units; DEMO002 is on Hospitality with 5% off (17.10, so the break lowers
// its price); DEMO001 has its own 16.50. A customer on Hospitality with 10% off pays 16.20 for one, and the break
// raises it to 17.00 from 10: the admin's explanation and the customer's price check flag it, and its buyer's
// product page says so at that quantity.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let plenty: string;
let raised: { guid: string; code: string; buyer: string };
const customer: Record<string, string> = {};

const RAISING = {
  minimumQuantity: 10,
  price: 17,
  cheaperQuantity: 1,
  cheaperPrice: 16.2,
  message: 'From 10 units the unit price is 17.00, more than the 16.20 paid from 1 unit.',
};

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  const { items } = (await portal.api('GET', '/customers?search=DEMO00&pageSize=200')).body;
  for (const c of items as { code: string; guid: string }[]) customer[c.code] = c.guid;
  plenty = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
  await portal.api('POST', '/products/status', { status: 'sellable', productGuids: [plenty] });
  const made = await portal.addCustomer([{ firstName: 'Pat' }]);
  const tiered = await portal.gw.mock.call('POST', `/Customers/${made.guid}`, {
    CustomerCode: made.code,
    CustomerName: `${made.code} Trading Ltd`,
    SellPriceTier: 'Hospitality',
    DiscountRate: 0.1,
  });
  expect(tiered.status).toBe(200);
  await portal.sync();
  raised = { ...made, buyer: await portal.signUp(made.contacts.Pat ?? '', emailOf('Pat', made.code)) };
}, 90_000);
afterAll(() => portal.close());

describe('flagging quantity breaks that raise the unit price', () => {
  it("when a customer's tier less its discount (16.20) is below the 10-unit break (17.00), then the explanation shows the price at each quantity and flags the break", async () => {
    const { status, body } = await portal.api(
      'GET',
      `/customers/${raised.guid}/prices/${plenty}?quantity=10`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ price: 17, rule: 'quantity-break' });
    expect(body.steps).toEqual([
      { minimumQuantity: 1, price: 16.2 },
      { minimumQuantity: 10, price: 17 },
    ]);
    expect(body.raisingBreaks).toEqual([RAISING]);
  });

  it('when the break lowers the price (DEMO002) or the customer has its own price (DEMO001), then nothing is flagged', async () => {
    const cafe = (await portal.api('GET', `/customers/${customer.DEMO002}/prices/${plenty}`)).body;
    expect(cafe.steps).toEqual([
      { minimumQuantity: 1, price: 17.1 },
      { minimumQuantity: 10, price: 17 },
    ]);
    expect(cafe.raisingBreaks).toEqual([]);
    const own = (await portal.api('GET', `/customers/${customer.DEMO001}/prices/${plenty}`)).body;
    expect(own.raisingBreaks).toEqual([]);
  });

  it("when the admin runs the customer's price check, then DEMO-PLENTY is listed with the flagged break, and not for DEMO002", async () => {
    const { status, body } = await portal.api('GET', `/customers/${raised.guid}/price-check`);
    expect(status).toBe(200);
    expect(body.customer).toMatchObject({ guid: raised.guid, code: raised.code });
    const item = body.items.find((i: { product: { code: string } }) => i.product.code === 'DEMO-PLENTY');
    expect(item).toEqual({
      product: { guid: plenty, code: 'DEMO-PLENTY', description: 'Demo Plenty Widget' },
      steps: [
        { minimumQuantity: 1, price: 16.2 },
        { minimumQuantity: 10, price: 17 },
      ],
      raisingBreaks: [RAISING],
    });
    const cafe = (await portal.api('GET', `/customers/${customer.DEMO002}/price-check`)).body;
    expect(cafe.items.map((i: { product: { code: string } }) => i.product.code)).not.toContain('DEMO-PLENTY');
    expect((await portal.api('GET', '/customers/no-such-customer/price-check')).status).toBe(404);
  });

  it("when the customer's buyer opens the product, then the page's price by quantity says the break costs more per unit", async () => {
    const { body } = await portal.gw.request('GET', '/store/products/DEMO-PLENTY', { token: raised.buyer });
    expect(body.price).toBe(16.2);
    expect(body.priceBreaks).toEqual([{ minimumQuantity: 10, price: 17, raisesPrice: true }]);
  });
});
