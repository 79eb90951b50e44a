// Sales orders the mock refuses: every validation rule of mock-choices answers 400 naming the field, and a
// refused request changes nothing (no order, no stock allocated).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import {
  FACTS,
  type LineWrite,
  line,
  lookUpSeed,
  orderBody,
  orderCount,
  type SeedRefs,
  stockIn,
} from './sales-order-fixtures.ts';

let mock: RunningMock;
let seed: SeedRefs;
const MAIN = FACTS.warehouses.default;
const PLENTY = FACTS.products.plenty.code;

beforeAll(async () => {
  mock = await startMock();
  seed = await lookUpSeed(mock);
});
afterAll(() => mock.close());

describe('POST /SalesOrders/{guid} refuses invalid orders', () => {
  it('when OrderStatus, Customer and Tax are all missing, then one 400 lists each of them', async () => {
    const { status, body } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, {
      SalesOrderLines: [line(seed.plenty, 1, 20)],
    });
    expect(status).toBe(400);
    expect(body.Items.map((item: { Field: string }) => item.Field)).toEqual(
      expect.arrayContaining(['OrderStatus', 'Customer', 'Tax']),
    );
    for (const item of body.Items) {
      expect(item).toEqual({
        Field: expect.any(String),
        Description: expect.any(String),
        ErrorCode: expect.any(String),
      });
    }
  });

  type Breaker = (body: Record<string, unknown>, lines: LineWrite[]) => void;
  const refusals: [string, Breaker, string][] = [
    ['OrderStatus is Completed', (b) => Object.assign(b, { OrderStatus: 'Completed' }), 'OrderStatus'],
    ['OrderStatus is Deleted', (b) => Object.assign(b, { OrderStatus: 'Deleted' }), 'OrderStatus'],
    ['OrderStatus is nonsense', (b) => Object.assign(b, { OrderStatus: 'Shipped' }), 'OrderStatus'],
    [
      'the customer does not exist',
      (b) => Object.assign(b, { Customer: { Guid: crypto.randomUUID() } }),
      'Customer',
    ],
    [
      'the customer is obsolete',
      (b) => Object.assign(b, { Customer: { CustomerCode: FACTS.customers.obsolete.code } }),
      'Customer',
    ],
    ['the tax code does not exist', (b) => Object.assign(b, { Tax: { TaxCode: 'NO-SUCH-TAX' } }), 'Tax'],
    ['there are no lines', (b) => Object.assign(b, { SalesOrderLines: [] }), 'SalesOrderLines'],
    [
      'the only line is a charge',
      (b) =>
        Object.assign(b, {
          SalesOrderLines: [{ LineType: 'Charge', Product: { ProductDescription: 'Freight' }, UnitPrice: 5 }],
        }),
      'SalesOrderLines',
    ],
    [
      'the product does not exist',
      (_, l) => Object.assign(l[0]!, { Product: { ProductCode: 'NO-SUCH-PRODUCT' } }),
      'SalesOrderLines[0].Product',
    ],
    [
      'the product is obsolete',
      (_, l) => Object.assign(l[0]!, { Product: { ProductCode: FACTS.products.obsolete.code } }),
      'SalesOrderLines[0].Product',
    ],
    [
      'OrderQuantity is 0',
      (_, l) => Object.assign(l[0]!, { OrderQuantity: 0 }),
      'SalesOrderLines[0].OrderQuantity',
    ],
    [
      'OrderQuantity is negative',
      (_, l) => Object.assign(l[0]!, { OrderQuantity: -2 }),
      'SalesOrderLines[0].OrderQuantity',
    ],
    [
      'UnitPrice is negative',
      (_, l) => Object.assign(l[0]!, { UnitPrice: -1 }),
      'SalesOrderLines[0].UnitPrice',
    ],
    [
      'LineTotal is a cent out',
      (_, l) => Object.assign(l[0]!, { LineTotal: 40.01 }),
      'SalesOrderLines[0].LineTotal',
    ],
    ['SubTotal is a cent out', (b) => Object.assign(b, { SubTotal: 39.99 }), 'SubTotal'],
    ['TaxTotal is a cent out', (b) => Object.assign(b, { TaxTotal: 6.01 }), 'TaxTotal'],
    ['Total is a cent out', (b) => Object.assign(b, { Total: 45.99 }), 'Total'],
  ];

  it.each(refusals)(
    'when %s, then it answers 400 naming that field and changes nothing',
    async (_, breakIt, field) => {
      const lines = [line(seed.plenty, 2, 20)];
      const body = orderBody(seed.wholesale, lines, { SubTotal: 40, TaxTotal: 6, Total: 46 });
      breakIt(body, lines);
      const ordersBefore = await orderCount(mock);
      const stockBefore = await stockIn(mock, MAIN, PLENTY);
      const guid = crypto.randomUUID();

      const { status, body: answer } = await mock.call('POST', `/SalesOrders/${guid}`, body);

      expect(status).toBe(400);
      expect(answer.Items).toContainEqual(
        expect.objectContaining({ Field: field, Description: expect.any(String) }),
      );
      expect(await orderCount(mock)).toBe(ordersBefore);
      expect(await stockIn(mock, MAIN, PLENTY)).toEqual(stockBefore);
      expect((await mock.call('GET', `/SalesOrders/${guid}`)).status).toBe(404);
    },
  );

  it("when the order's currency is not the customer's, then it answers 400 on Currency", async () => {
    const other = seed.wholesaleCurrency === 'USD' ? 'AUD' : 'USD';
    const body = orderBody(seed.wholesale, [line(seed.plenty, 1, 20)], { Currency: { CurrencyCode: other } });
    const ordersBefore = await orderCount(mock);
    const { status, body: answer } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, body);
    expect(status).toBe(400);
    expect(answer.Items).toContainEqual(expect.objectContaining({ Field: 'Currency' }));
    expect(await orderCount(mock)).toBe(ordersBefore);
  });
});
