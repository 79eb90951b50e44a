// A product's own sales tax in the mock (Mock choices in unleashed.yaml): writing XeroSalesTaxCode sets the
// product's XeroSalesTaxRate from the account's revenue taxes, and a sales order line naming its own tax
// (LineTaxCode) is taxed at that tax's rate while the other lines take the order's Tax.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import { createOrder, line, lookUpSeed, orderBody, type SeedRefs } from './sales-order-fixtures.ts';

let mock: RunningMock;
let seed: SeedRefs;

beforeAll(async () => {
  mock = await startMock();
  seed = await lookUpSeed(mock);
});
afterAll(() => mock.close());

describe("a product's own sales tax", () => {
  it('when a product is given a sales tax code, then its rate follows; cleared, both are null', async () => {
    const set = await mock.call('POST', `/Products/${seed.low}`, { XeroSalesTaxCode: 'NONE' });
    expect(set.body).toMatchObject({ XeroSalesTaxCode: 'NONE', XeroSalesTaxRate: 0 });
    const cleared = await mock.call('POST', `/Products/${seed.low}`, { XeroSalesTaxCode: null });
    expect(cleared.body).toMatchObject({ XeroSalesTaxCode: null, XeroSalesTaxRate: null });
  });

  it("when a line names its own tax, then that line is taxed at its rate and the other at the order's", async () => {
    const order = await createOrder(
      mock,
      orderBody(seed.wholesale, [line(seed.plenty, 2, 10, { LineTaxCode: 'NONE' }), line(seed.low, 1, 10)]),
    );
    expect(order.SalesOrderLines[0]).toMatchObject({ LineTaxCode: 'NONE', TaxRate: 0, LineTax: 0 });
    expect(order.SalesOrderLines[1]).toMatchObject({ LineTaxCode: 'G.S.T.', TaxRate: 0.15, LineTax: 1.5 });
    expect(order).toMatchObject({ SubTotal: 30, TaxTotal: 1.5, Total: 31.5 });
  });

  it('when a line names a tax the account does not have, then the order is refused naming the line', async () => {
    const guid = crypto.randomUUID();
    const { status, body } = await mock.call(
      'POST',
      `/SalesOrders/${guid}`,
      orderBody(seed.wholesale, [line(seed.plenty, 1, 10, { LineTaxCode: 'VAT99' })]),
    );
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/SalesOrderLines\[0\]\.LineTaxCode.*VAT99 does not exist/);
  });
});
