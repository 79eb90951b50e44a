// A sales order's life: stock allocation, completing, deleting, charges and lines added or removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import {
  createOrder,
  FACTS,
  line,
  listedGuids,
  lookUpSeed,
  orderBody,
  type SeedRefs,
  stockIn,
  WIRE_DATE,
} from './sales-order-fixtures.ts';

let mock: RunningMock;
let seed: SeedRefs;
const { default: MAIN, other: NORTH } = FACTS.warehouses;
const PLENTY = FACTS.products.plenty.code;
const LOW = FACTS.products.low.code;
const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

beforeAll(async () => {
  mock = await startMock();
  seed = await lookUpSeed(mock);
});
afterAll(() => mock.close());

const placed = (quantity: number, extra: object = {}) =>
  createOrder(mock, orderBody(seed.wholesale, [line(seed.plenty, quantity, 20)], extra));

describe('stock allocation', () => {
  it('when a Placed order is created, then its quantity is allocated in its warehouse and no longer available', async () => {
    const before = await stockIn(mock, MAIN, PLENTY);
    await placed(3);
    expect(await stockIn(mock, MAIN, PLENTY)).toEqual({
      QtyOnHand: before.QtyOnHand,
      AllocatedQty: before.AllocatedQty + 3,
      AvailableQty: before.AvailableQty - 3,
    });
  });

  it("when a Backordered order is created for NORTH, then NORTH's stock is allocated and MAIN's is not", async () => {
    const [mainBefore, northBefore] = [await stockIn(mock, MAIN, PLENTY), await stockIn(mock, NORTH, PLENTY)];
    await placed(4, { OrderStatus: 'Backordered', Warehouse: { WarehouseCode: NORTH } });
    expect(await stockIn(mock, MAIN, PLENTY)).toEqual(mainBefore);
    const north = await stockIn(mock, NORTH, PLENTY);
    expect(north.AllocatedQty).toBe(northBefore.AllocatedQty + 4);
    expect(north.AvailableQty).toBe(northBefore.AvailableQty - 4);
  });

  it('when a Parked order is created, then nothing is allocated', async () => {
    const before = await stockIn(mock, MAIN, PLENTY);
    await placed(6, { OrderStatus: 'Parked' });
    expect(await stockIn(mock, MAIN, PLENTY)).toEqual(before);
  });
});

describe('completing', () => {
  it('when a Placed order is completed, then it is Completed, its stock leaves QtyOnHand and its allocation is released', async () => {
    const before = await stockIn(mock, MAIN, PLENTY);
    const order = await placed(2);

    const { status, body } = await mock.call('POST', `/SalesOrders/${order.Guid}/Complete`);

    expect(status).toBe(200);
    expect(body.OrderStatus).toBe('Completed');
    expect(body.CompletedDate).toMatch(WIRE_DATE);
    expect(await stockIn(mock, MAIN, PLENTY)).toEqual({
      QtyOnHand: before.QtyOnHand - 2,
      AllocatedQty: before.AllocatedQty,
      AvailableQty: before.AvailableQty - 2,
    });
  });

  it('when a Completed order is completed again, then it answers 200 and nothing changes', async () => {
    const order = await placed(1);
    const first = await mock.call('POST', `/SalesOrders/${order.Guid}/Complete`);
    const stock = await stockIn(mock, MAIN, PLENTY);

    const again = await mock.call('POST', `/SalesOrders/${order.Guid}/Complete`);

    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(await stockIn(mock, MAIN, PLENTY)).toEqual(stock);
  });

  it('when a Deleted order is completed or posted again, then it answers 400 and stays Deleted', async () => {
    const order = await placed(1);
    await mock.call('DELETE', `/SalesOrders/${order.Guid}`);
    const { status, body } = await mock.call('POST', `/SalesOrders/${order.Guid}/Complete`);
    expect(status).toBe(400);
    expect(body.Items).toContainEqual(expect.objectContaining({ Field: 'OrderStatus' }));
    const revive = orderBody(seed.wholesale, [line(seed.plenty, 1, 20)]);
    expect((await mock.call('POST', `/SalesOrders/${order.Guid}`, revive)).status).toBe(400);
    expect((await mock.call('GET', `/SalesOrders/${order.Guid}`)).body.OrderStatus).toBe('Deleted');
  });

  it('when an order is Completed, then POST, PUT and DELETE all answer 400 and it stays as it was', async () => {
    const order = await placed(1);
    const completed = (await mock.call('POST', `/SalesOrders/${order.Guid}/Complete`)).body;
    const change = orderBody(seed.wholesale, [line(seed.plenty, 9, 20)]);

    expect((await mock.call('POST', `/SalesOrders/${order.Guid}`, change)).status).toBe(400);
    expect((await mock.call('PUT', `/SalesOrders/${order.Guid}`, { Comments: 'too late' })).status).toBe(400);
    expect((await mock.call('DELETE', `/SalesOrders/${order.Guid}`)).status).toBe(400);
    expect((await mock.call('GET', `/SalesOrders/${order.Guid}`)).body).toEqual(completed);
  });
});

describe('deleting', () => {
  it('when a Placed order is deleted, then it is Deleted, releases its stock and is listed only when Deleted is asked for', async () => {
    const before = await stockIn(mock, MAIN, PLENTY);
    const order = await placed(5);

    const { status, body } = await mock.call('DELETE', `/SalesOrders/${order.Guid}`);

    expect(status).toBe(200);
    expect(body.OrderStatus).toBe('Deleted');
    expect(await stockIn(mock, MAIN, PLENTY)).toEqual(before);
    expect(await listedGuids(mock, `customerId=${seed.wholesale}`)).not.toContain(order.Guid);
    expect(await listedGuids(mock, `customerId=${seed.wholesale}&orderStatus=Deleted`)).toContain(order.Guid);
  });
});

describe('changing lines', () => {
  it('when a freight charge is added with PUT, then it is line 0 with the zero product GUID and counts in the totals', async () => {
    const order = await placed(2);
    const stock = await stockIn(mock, MAIN, PLENTY);
    const current = (await mock.call('GET', `/SalesOrders/${order.Guid}`)).body;
    const freight = {
      LineType: 'Charge',
      Product: { ProductDescription: 'Freight' },
      OrderQuantity: 1,
      UnitPrice: 10,
    };

    const { status, body } = await mock.call('PUT', `/SalesOrders/${order.Guid}`, {
      SalesOrderLines: [...current.SalesOrderLines, freight],
    });

    expect(status).toBe(200);
    expect(body.SalesOrderLines).toContainEqual(
      expect.objectContaining({
        LineNumber: 0,
        LineType: 'Charge',
        Product: expect.objectContaining({ Guid: ZERO_GUID, ProductDescription: 'Freight' }),
        LineTotal: 10,
      }),
    );
    expect(body).toMatchObject({ OrderNumber: order.OrderNumber, SubTotal: 50, TaxTotal: 7.5, Total: 57.5 });
    expect(await stockIn(mock, MAIN, PLENTY)).toEqual(stock);
  });

  it('when the order as read is PUT back unchanged, then it answers 200 with the same lines and totals', async () => {
    const order = await placed(2);
    const current = (await mock.call('GET', `/SalesOrders/${order.Guid}`)).body;
    const { status, body } = await mock.call('PUT', `/SalesOrders/${order.Guid}`, current);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      SubTotal: 40,
      Total: 46,
      SalesOrderLines: [{ Guid: current.SalesOrderLines[0].Guid }],
    });
  });

  it('when PUT changes a quantity and leaves the totals out, then the totals and allocation follow the new lines', async () => {
    const order = await placed(2);
    const before = await stockIn(mock, MAIN, PLENTY);
    const { status, body } = await mock.call('PUT', `/SalesOrders/${order.Guid}`, {
      SalesOrderLines: [line(seed.plenty, 5, 20)],
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ SubTotal: 100, TaxTotal: 15, Total: 115, BCTotal: 115 });
    expect((await stockIn(mock, MAIN, PLENTY)).AllocatedQty).toBe(before.AllocatedQty + 3);
  });

  it('when PUT names a GUID that has no order, then it answers 404 and creates nothing', async () => {
    const guid = crypto.randomUUID();
    expect((await mock.call('PUT', `/SalesOrders/${guid}`, { Comments: 'x' })).status).toBe(404);
    expect((await mock.call('GET', `/SalesOrders/${guid}`)).status).toBe(404);
  });

  it('when a line is deleted, then the totals and allocation are recomputed, and the last product line cannot go', async () => {
    const lowBefore = await stockIn(mock, MAIN, LOW);
    const freight = { LineType: 'Charge', Product: { ProductDescription: 'Freight' }, UnitPrice: 10 };
    const order = await createOrder(
      mock,
      orderBody(seed.wholesale, [line(seed.plenty, 2, 20), line(seed.low, 1, 8.5), freight]),
    );
    const lineOf = (code: string) =>
      order.SalesOrderLines.find((l: { Product: { ProductCode: string } }) => l.Product.ProductCode === code);
    expect((await stockIn(mock, MAIN, LOW)).AllocatedQty).toBe(lowBefore.AllocatedQty + 1);

    const removed = await mock.call('DELETE', `/SalesOrders/Lines/${lineOf(LOW).Guid}`);

    expect(removed.status).toBe(200);
    expect(removed.body.SalesOrderLines).toHaveLength(2);
    expect(removed.body).toMatchObject({ SubTotal: 50, TaxTotal: 7.5, Total: 57.5 });
    expect(await stockIn(mock, MAIN, LOW)).toEqual(lowBefore);

    const last = await mock.call('DELETE', `/SalesOrders/Lines/${lineOf(PLENTY).Guid}`);
    expect(last.status).toBe(400);
    expect(last.body.Items).toContainEqual(expect.objectContaining({ Field: 'SalesOrderLines' }));
    expect((await mock.call('GET', `/SalesOrders/${order.Guid}`)).body.SalesOrderLines).toHaveLength(2);
    expect((await mock.call('DELETE', `/SalesOrders/Lines/${crypto.randomUUID()}`)).status).toBe(404);
  });
});
