// Creating sales orders: POST /SalesOrders/{guid} and POST /SalesOrders, validation (mock-choices) and upsert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import {
  ALL_STATUSES,
  FACTS,
  GUID,
  type LineWrite,
  line,
  lookUpSeed,
  orderBody,
  orderCount,
  type SeedRefs,
  stockIn,
  WIRE_DATE,
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

const highestOrderNumber = async (): Promise<number> => {
  const { body } = await mock.call('GET', `/SalesOrders?pageSize=1000&orderStatus=${ALL_STATUSES}`);
  const numbers = body.Items.map((order: { OrderNumber: string }) => /^SO-(\d{8})$/.exec(order.OrderNumber)?.[1]);
  return Math.max(0, ...numbers.filter(Boolean).map(Number));
};
const soNumber = (n: number) => `SO-${String(n).padStart(8, '0')}`;

describe('POST /SalesOrders/{guid} creates an order', () => {
  it('when a valid order is posted to a new GUID, then it answers 201 with the whole order, numbered after the highest', async () => {
    const highest = await highestOrderNumber();
    const guid = crypto.randomUUID();
    const { status, body } = await mock.call('POST', `/SalesOrders/${guid}`, orderBody(seed.wholesale, [line(seed.plenty, 2, 20)]));

    expect(status).toBe(201);
    expect(body).toMatchObject({
      Guid: guid,
      OrderNumber: soNumber(highest + 1),
      OrderStatus: 'Placed',
      Customer: { Guid: seed.wholesale, CustomerCode: FACTS.customers.wholesale.code },
      Warehouse: { WarehouseCode: MAIN },
      Tax: { TaxCode: FACTS.tax.code },
      SubTotal: 40,
      TaxTotal: 6,
      Total: 46,
      BCSubTotal: 40,
      BCTaxTotal: 6,
      BCTotal: 46,
    });
    expect(body.CreatedOn).toMatch(WIRE_DATE);
    expect(body.LastModifiedOn).toMatch(WIRE_DATE);
    expect(body.OrderDate).toMatch(WIRE_DATE);
    expect(body.SalesOrderLines).toHaveLength(1);
    expect(body.SalesOrderLines[0]).toMatchObject({ LineNumber: 1, Product: { Guid: seed.plenty, ProductCode: PLENTY } });
    expect(body.SalesOrderLines[0].Guid).toMatch(GUID);
    expect((await mock.call('GET', `/SalesOrders/${guid}`)).body).toEqual(body);

    const next = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, orderBody(seed.third, [line(seed.plenty, 1, 20)]));
    expect(next.body.OrderNumber).toBe(soNumber(highest + 2));
  });

  it('when OrderStatus, Customer and Tax are all missing, then one 400 lists each of them', async () => {
    const { status, body } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, {
      SalesOrderLines: [line(seed.plenty, 1, 20)],
    });
    expect(status).toBe(400);
    expect(body.Items.map((item: { Field: string }) => item.Field)).toEqual(
      expect.arrayContaining(['OrderStatus', 'Customer', 'Tax']),
    );
    for (const item of body.Items) {
      expect(item).toEqual({ Field: expect.any(String), Description: expect.any(String), ErrorCode: expect.any(String) });
    }
  });

  type Breaker = (body: Record<string, unknown>, lines: LineWrite[]) => void;
  const refusals: [string, Breaker, string][] = [
    ['OrderStatus is Completed', (b) => Object.assign(b, { OrderStatus: 'Completed' }), 'OrderStatus'],
    ['OrderStatus is Deleted', (b) => Object.assign(b, { OrderStatus: 'Deleted' }), 'OrderStatus'],
    ['OrderStatus is nonsense', (b) => Object.assign(b, { OrderStatus: 'Shipped' }), 'OrderStatus'],
    ['the customer does not exist', (b) => Object.assign(b, { Customer: { Guid: crypto.randomUUID() } }), 'Customer'],
    [
      'the customer is obsolete',
      (b) => Object.assign(b, { Customer: { CustomerCode: FACTS.customers.obsolete.code } }),
      'Customer',
    ],
    ['the tax code does not exist', (b) => Object.assign(b, { Tax: { TaxCode: 'NO-SUCH-TAX' } }), 'Tax'],
    ['there are no lines', (b) => Object.assign(b, { SalesOrderLines: [] }), 'SalesOrderLines'],
    [
      'the only line is a charge',
      (b) => Object.assign(b, { SalesOrderLines: [{ LineType: 'Charge', Product: { ProductDescription: 'Freight' }, UnitPrice: 5 }] }),
      'SalesOrderLines',
    ],
    ['the product does not exist', (_, l) => Object.assign(l[0]!, { Product: { ProductCode: 'NO-SUCH-PRODUCT' } }), 'SalesOrderLines[0].Product'],
    [
      'the product is obsolete',
      (_, l) => Object.assign(l[0]!, { Product: { ProductCode: FACTS.products.obsolete.code } }),
      'SalesOrderLines[0].Product',
    ],
    ['OrderQuantity is 0', (_, l) => Object.assign(l[0]!, { OrderQuantity: 0 }), 'SalesOrderLines[0].OrderQuantity'],
    ['OrderQuantity is negative', (_, l) => Object.assign(l[0]!, { OrderQuantity: -2 }), 'SalesOrderLines[0].OrderQuantity'],
    ['UnitPrice is negative', (_, l) => Object.assign(l[0]!, { UnitPrice: -1 }), 'SalesOrderLines[0].UnitPrice'],
    ['LineTotal is a cent out', (_, l) => Object.assign(l[0]!, { LineTotal: 40.01 }), 'SalesOrderLines[0].LineTotal'],
    ['SubTotal is a cent out', (b) => Object.assign(b, { SubTotal: 39.99 }), 'SubTotal'],
    ['TaxTotal is a cent out', (b) => Object.assign(b, { TaxTotal: 6.01 }), 'TaxTotal'],
    ['Total is a cent out', (b) => Object.assign(b, { Total: 45.99 }), 'Total'],
  ];

  it.each(refusals)('when %s, then it answers 400 naming that field and changes nothing', async (_, breakIt, field) => {
    const lines = [line(seed.plenty, 2, 20)];
    const body = orderBody(seed.wholesale, lines, { SubTotal: 40, TaxTotal: 6, Total: 46 });
    breakIt(body, lines);
    const ordersBefore = await orderCount(mock);
    const stockBefore = await stockIn(mock, MAIN, PLENTY);
    const guid = crypto.randomUUID();

    const { status, body: answer } = await mock.call('POST', `/SalesOrders/${guid}`, body);

    expect(status).toBe(400);
    expect(answer.Items).toContainEqual(expect.objectContaining({ Field: field, Description: expect.any(String) }));
    expect(await orderCount(mock)).toBe(ordersBefore);
    expect(await stockIn(mock, MAIN, PLENTY)).toEqual(stockBefore);
    expect((await mock.call('GET', `/SalesOrders/${guid}`)).status).toBe(404);
  });

  it("when the order's currency is not the customer's, then it answers 400 on Currency", async () => {
    const other = seed.wholesaleCurrency === 'USD' ? 'AUD' : 'USD';
    const body = orderBody(seed.wholesale, [line(seed.plenty, 1, 20)], { Currency: { CurrencyCode: other } });
    const ordersBefore = await orderCount(mock);
    const { status, body: answer } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, body);
    expect(status).toBe(400);
    expect(answer.Items).toContainEqual(expect.objectContaining({ Field: 'Currency' }));
    expect(await orderCount(mock)).toBe(ordersBefore);
  });

  it('when the totals are left out, then the mock computes them from the lines, discounts included', async () => {
    const body = orderBody(seed.wholesale, [line(seed.plenty, 4, 12.5, { DiscountRate: 0.1 }), line(seed.low, 1, 8.5)]);
    const { status, body: order } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, body);
    expect(status).toBe(201);
    expect(order.SalesOrderLines.map((l: { LineTotal: number }) => l.LineTotal)).toEqual([45, 8.5]);
    expect(order).toMatchObject({ SubTotal: 53.5, TaxTotal: 8.03, Total: 61.53 });
  });

  it.each([
    ['rounded to the cent by the client', { LineTotal: 10, LineTax: 1.5 }, { SubTotal: 10, TaxTotal: 1.5, Total: 11.5 }],
    ['left unrounded by the client', { LineTotal: 3 * 3.333, LineTax: 1.5 }, { SubTotal: 3 * 3.333, TaxTotal: 1.5, Total: 3 * 3.333 + 1.5 }],
  ])('when the totals of 3 × 3.333 at 15%% are %s, then they reconcile and the order is created', async (_, lineTotals, totals) => {
    const body = orderBody(seed.wholesale, [line(seed.plenty, 3, 3.333, lineTotals)], totals);
    const { status, body: order } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, body);
    expect(status).toBe(201);
    expect(order).toMatchObject({ SubTotal: 10, TaxTotal: 1.5, Total: 11.5 });
  });
});

describe('POST again to the same GUID updates the order', () => {
  it('when an order is posted twice, then the second answers 200, keeps the OrderNumber and no second order appears', async () => {
    const guid = crypto.randomUUID();
    const stockBefore = await stockIn(mock, MAIN, PLENTY);
    const first = await mock.call('POST', `/SalesOrders/${guid}`, orderBody(seed.wholesale, [line(seed.plenty, 2, 20)]));
    const ordersAfterCreate = await orderCount(mock);

    const again = await mock.call(
      'POST',
      `/SalesOrders/${guid}`,
      orderBody(seed.wholesale, [line(seed.plenty, 5, 20)], { Comments: 'Please ring first' }),
    );

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ Guid: guid, OrderNumber: first.body.OrderNumber, CreatedOn: first.body.CreatedOn });
    expect(again.body).toMatchObject({ Comments: 'Please ring first', SubTotal: 100, Total: 115 });
    expect(await orderCount(mock)).toBe(ordersAfterCreate);
    const byNumber = await mock.call('GET', `/SalesOrders?orderNumber=${first.body.OrderNumber}`);
    expect(byNumber.body.Items.map((o: { Guid: string }) => o.Guid)).toEqual([guid]);
    expect((await stockIn(mock, MAIN, PLENTY)).AllocatedQty).toBe(stockBefore.AllocatedQty + 5);
  });
});

describe('other ways to name things', () => {
  it('when the customer and product are given by code, then the order holds their Guids and names', async () => {
    const body = orderBody('', [{ Product: { ProductCode: PLENTY }, OrderQuantity: 1, UnitPrice: 20 }], {
      Customer: { CustomerCode: FACTS.customers.wholesale.code },
    });
    const { status, body: order } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, body);
    expect(status).toBe(201);
    expect(order.Customer).toMatchObject({ Guid: seed.wholesale, CustomerName: FACTS.customers.wholesale.name });
    expect(order.SalesOrderLines[0].Product).toEqual({
      Guid: seed.plenty,
      ProductCode: PLENTY,
      ProductDescription: FACTS.products.plenty.description,
    });
  });

  it('when POST /SalesOrders has no GUID, then the mock assigns one and the order can be read by it', async () => {
    const { status, body } = await mock.call('POST', '/SalesOrders', orderBody(seed.wholesale, [line(seed.plenty, 1, 20)]));
    expect(status).toBe(201);
    expect(body.Guid).toMatch(GUID);
    expect((await mock.call('GET', `/SalesOrders/${body.Guid}`)).body.OrderNumber).toBe(body.OrderNumber);
  });

  it("when POST /SalesOrders carries a Guid in the body, then the order gets that Guid", async () => {
    const guid = crypto.randomUUID();
    const { status, body } = await mock.call('POST', '/SalesOrders', orderBody(seed.wholesale, [line(seed.plenty, 1, 20)], { Guid: guid }));
    expect(status).toBe(201);
    expect(body.Guid).toBe(guid);
  });
});
