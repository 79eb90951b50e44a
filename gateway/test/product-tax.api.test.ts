// R8 and Unleashed's tax hierarchy: a product's own sales tax rate beats the customer's and the store's default,
// a product not taxable on sales carries no tax, and a non-taxable customer pays none at all - in the cart, in
// the placed order and in the sales order Unleashed receives (its line names the product's own tax).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let buyer: string;
let customerGuid: string;
const guidOf: Record<string, string> = {};
const address = { street: '1 Main St', city: 'Auckland' };

beforeAll(async () => {
  portal = await startPortal();
  const customer = await portal.addCustomer([{ firstName: 'Ivy' }]);
  customerGuid = customer.guid;
  buyer = await portal.signUp(
    customer.contacts.Ivy as string,
    `ivy.${customer.code.toLowerCase()}@buyer.example`,
  );
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW', 'DEMO-OUT']) {
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
    await portal.api('PUT', `/products/${guidOf[code]}/status`, { status: 'sellable' });
  }
  // In Unleashed: DEMO-PLENTY has its own sales tax (No GST), DEMO-OUT is not taxable on sales.
  const edits: [string, Record<string, unknown>][] = [
    ['DEMO-PLENTY', { XeroSalesTaxCode: 'NONE' }],
    ['DEMO-OUT', { TaxableSales: false }],
  ];
  for (const [code, edit] of edits)
    expect((await portal.gw.mock.call('POST', `/Products/${guidOf[code]}`, edit)).status).toBe(200);
  const policy = await portal.api('PATCH', '', { outOfStockPolicy: 'sellable' });
  expect(policy.status, JSON.stringify(policy.body)).toBe(200);
  await portal.sync();
}, 90_000);
afterAll(() => portal?.close());

const store = (method: string, path: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token: buyer, body });
const fillCart = async () => {
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW', 'DEMO-OUT'])
    await store('PUT', `/cart/lines/${guidOf[code]}`, { quantity: 2 });
  return (await store('GET', '/cart')).body;
};
const lineOf = (cart: { lines: { code: string; taxRate: number; lineTotal: number }[] }, code: string) => {
  const line = cart.lines.find((l) => l.code === code);
  if (!line) throw new Error(`no ${code} in the cart`);
  return line;
};

describe("a product's own tax rate (R8)", () => {
  it("when a product has its own sales tax, then its line is taxed at that rate and the rest at the store's", async () => {
    const cart = await fillCart();
    expect(cart.canPlace, JSON.stringify(cart.lines)).toBe(true);
    expect(cart.taxRate).toBe(0.15);
    expect(lineOf(cart, 'DEMO-PLENTY').taxRate).toBe(0);
    expect(lineOf(cart, 'DEMO-OUT').taxRate).toBe(0);
    expect(lineOf(cart, 'DEMO-LOW').taxRate).toBe(0.15);
    const low = lineOf(cart, 'DEMO-LOW').lineTotal;
    expect(cart.taxTotal).toBeCloseTo(Math.round(low * 15) / 100, 2);
    expect(cart.total).toBeCloseTo(cart.subTotal + cart.taxTotal, 2);
  });

  it('when the order is placed, then Unleashed receives the same tax per line, the own-tax line naming its code', async () => {
    const cart = (await store('GET', '/cart')).body;
    const placed = await store('POST', '/orders', { deliveryAddress: address });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.body).toMatchObject({ taxTotal: cart.taxTotal, total: cart.total });
    const imported = async () => (await portal.api('GET', `/orders/${placed.body.id}`)).body;
    await expect.poll(async () => (await imported()).importState, { timeout: 10_000 }).toBe('imported');
    const number = (await imported()).unleashedOrderNumber;
    const { body } = await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${number}`);
    const order = body.Items[0];
    expect(order.TaxTotal).toBe(cart.taxTotal);
    const line = (code: string) =>
      order.SalesOrderLines.find((l: { Product: { ProductCode: string } }) => l.Product.ProductCode === code);
    expect(line('DEMO-PLENTY')).toMatchObject({ LineTax: 0, LineTaxCode: 'NONE', TaxRate: 0 });
    expect(line('DEMO-OUT')).toMatchObject({ LineTax: 0 });
    expect(line('DEMO-LOW')).toMatchObject({ LineTaxCode: 'G.S.T.', TaxRate: 0.15 });
    expect(line('DEMO-LOW').LineTax).toBe(cart.taxTotal);
  });

  it('when the customer is not taxable, then no line carries tax, its own-tax product included', async () => {
    expect((await portal.gw.mock.call('POST', `/Customers/${customerGuid}`, { Taxable: false })).status).toBe(
      200,
    );
    await portal.sync();
    const cart = await fillCart();
    expect(cart.lines.map((line: { taxRate: number }) => line.taxRate)).toEqual([0, 0, 0]);
    expect(cart.taxTotal).toBe(0);
  });
});
