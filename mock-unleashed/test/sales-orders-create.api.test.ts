// Creating sales orders: POST /SalesOrders/{guid} and POST /SalesOrders, computed fields, totals and upsert.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import {
  ALL_STATUSES,
  FACTS,
  GUID,
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
  const numbers = body.Items.map(
    (order: { OrderNumber: string }) => /^SO-(\d{8})$/.exec(order.OrderNumber)?.[1],
  );
  return Math.max(0, ...numbers.filter(Boolean).map(Number));
};
const soNumber = (n: number) => `SO-${String(n).padStart(8, '0')}`;

describe('POST /SalesOrders/{guid} creates an order', () => {
  it('when a valid order is posted to a new GUID, then it answers 201 with the whole order, numbered after the highest', async () => {
    const highest = await highestOrderNumber();
    const guid = crypto.randomUUID();
    const { status, body } = await mock.call(
      'POST',
      `/SalesOrders/${guid}`,
      orderBody(seed.wholesale, [line(seed.plenty, 2, 20)]),
    );

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
    expect(body.SalesOrderLines[0]).toMatchObject({
      LineNumber: 1,
      Product: { Guid: seed.plenty, ProductCode: PLENTY },
    });
    expect(body.SalesOrderLines[0].Guid).toMatch(GUID);
    expect((await mock.call('GET', `/SalesOrders/${guid}`)).body).toEqual(body);

    const next = await mock.call(
      'POST',
      `/SalesOrders/${crypto.randomUUID()}`,
      orderBody(seed.third, [line(seed.plenty, 1, 20)]),
    );
    expect(next.body.OrderNumber).toBe(soNumber(highest + 2));
  });

  it("when the customer buys in another currency, then the BC totals are converted at that currency's sell rate", async () => {
    const { body: customers } = await mock.call('GET', '/Customers?currency=USD');
    const customer = customers.Items[0];
    const { body: currencies } = await mock.call('GET', '/Currencies');
    const usd = currencies.Items.find((c: { CurrencyCode: string }) => c.CurrencyCode === 'USD');
    const body = orderBody(customer.Guid, [line(seed.plenty, 3, 10)]);
    const { status, body: order } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, body);
    expect(status).toBe(201);
    expect(order).toMatchObject({
      Currency: { CurrencyCode: 'USD' },
      ExchangeRate: usd.DefaultSellRate,
      Total: 34.5,
    });
    expect(order.BCTotal).toBeCloseTo(34.5 / usd.DefaultSellRate, 2);
  });

  it('when the totals are left out, then the mock computes them from the lines, discounts included', async () => {
    const body = orderBody(seed.wholesale, [
      line(seed.plenty, 4, 12.5, { DiscountRate: 0.1 }),
      line(seed.low, 1, 8.5),
    ]);
    const { status, body: order } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, body);
    expect(status).toBe(201);
    expect(order.SalesOrderLines.map((l: { LineTotal: number }) => l.LineTotal)).toEqual([45, 8.5]);
    expect(order).toMatchObject({ SubTotal: 53.5, TaxTotal: 8.03, Total: 61.53 });
  });

  it.each([
    [
      'rounded to the cent by the client',
      { LineTotal: 10, LineTax: 1.5 },
      { SubTotal: 10, TaxTotal: 1.5, Total: 11.5 },
    ],
    [
      'left unrounded by the client',
      { LineTotal: 3 * 3.333, LineTax: 1.5 },
      { SubTotal: 3 * 3.333, TaxTotal: 1.5, Total: 3 * 3.333 + 1.5 },
    ],
  ])(
    'when the totals of 3 × 3.333 at 15%% are %s, then they reconcile and the order is created',
    async (_, lineTotals, totals) => {
      const body = orderBody(seed.wholesale, [line(seed.plenty, 3, 3.333, lineTotals)], totals);
      const { status, body: order } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, body);
      expect(status).toBe(201);
      expect(order).toMatchObject({ SubTotal: 10, TaxTotal: 1.5, Total: 11.5 });
    },
  );
});

describe('POST again to the same GUID updates the order', () => {
  it('when an order is posted twice, then the second answers 200, keeps the OrderNumber and no second order appears', async () => {
    const guid = crypto.randomUUID();
    const stockBefore = await stockIn(mock, MAIN, PLENTY);
    const first = await mock.call(
      'POST',
      `/SalesOrders/${guid}`,
      orderBody(seed.wholesale, [line(seed.plenty, 2, 20)]),
    );
    const ordersAfterCreate = await orderCount(mock);

    const again = await mock.call(
      'POST',
      `/SalesOrders/${guid}`,
      orderBody(seed.wholesale, [line(seed.plenty, 5, 20)], { Comments: 'Please ring first' }),
    );

    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      Guid: guid,
      OrderNumber: first.body.OrderNumber,
      CreatedOn: first.body.CreatedOn,
    });
    expect(again.body).toMatchObject({ Comments: 'Please ring first', SubTotal: 100, Total: 115 });
    expect(await orderCount(mock)).toBe(ordersAfterCreate);
    const byNumber = await mock.call('GET', `/SalesOrders?orderNumber=${first.body.OrderNumber}`);
    expect(byNumber.body.Items.map((o: { Guid: string }) => o.Guid)).toEqual([guid]);
    expect((await stockIn(mock, MAIN, PLENTY)).AllocatedQty).toBe(stockBefore.AllocatedQty + 5);
  });
});

describe('other ways to name things', () => {
  it('when a client has taken the next SO number for its own order, then the mock skips it', async () => {
    const next = soNumber((await highestOrderNumber()) + 1);
    const own = orderBody(seed.wholesale, [line(seed.plenty, 1, 20)], { OrderNumber: next });
    expect((await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, own)).body.OrderNumber).toBe(next);

    const auto = orderBody(seed.wholesale, [line(seed.plenty, 1, 20)]);
    const { body } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, auto);
    expect(body.OrderNumber).toBe(soNumber(await highestOrderNumber()));
    expect(body.OrderNumber).not.toBe(next);
    expect((await mock.call('GET', `/SalesOrders?orderNumber=${next}`)).body.Items).toHaveLength(1);
  });
  it('when the customer and product are given by code, then the order holds their Guids and names', async () => {
    const body = orderBody('', [{ Product: { ProductCode: PLENTY }, OrderQuantity: 1, UnitPrice: 20 }], {
      Customer: { CustomerCode: FACTS.customers.wholesale.code },
    });
    const { status, body: order } = await mock.call('POST', `/SalesOrders/${crypto.randomUUID()}`, body);
    expect(status).toBe(201);
    expect(order.Customer).toMatchObject({
      Guid: seed.wholesale,
      CustomerName: FACTS.customers.wholesale.name,
    });
    expect(order.SalesOrderLines[0].Product).toEqual({
      Guid: seed.plenty,
      ProductCode: PLENTY,
      ProductDescription: FACTS.products.plenty.description,
    });
  });

  it('when POST /SalesOrders has no GUID, then the mock assigns one and the order can be read by it', async () => {
    const { status, body } = await mock.call(
      'POST',
      '/SalesOrders',
      orderBody(seed.wholesale, [line(seed.plenty, 1, 20)]),
    );
    expect(status).toBe(201);
    expect(body.Guid).toMatch(GUID);
    expect((await mock.call('GET', `/SalesOrders/${body.Guid}`)).body.OrderNumber).toBe(body.OrderNumber);
  });

  it('when POST /SalesOrders carries a Guid in the body, then the order gets that Guid', async () => {
    const guid = crypto.randomUUID();
    const { status, body } = await mock.call(
      'POST',
      '/SalesOrders',
      orderBody(seed.wholesale, [line(seed.plenty, 1, 20)], { Guid: guid }),
    );
    expect(status).toBe(201);
    expect(body.Guid).toBe(guid);
  });
});
