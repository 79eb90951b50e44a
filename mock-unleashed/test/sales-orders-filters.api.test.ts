// Listing sales orders: the GET /SalesOrders filters of S-SO, the newest-first order, and the mock's clock.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fromWireDate } from '../src/dates.ts';
import { type RunningMock, startMock } from './harness.ts';
import {
  createOrder,
  FACTS,
  line,
  listedGuids,
  lookUpSeed,
  orderBody,
  type SeedRefs,
} from './sales-order-fixtures.ts';

let mock: RunningMock;
let seed: SeedRefs;
// biome-ignore lint/suspicious/noExplicitAny: orders as the API answered them
let a: any, b: any, c: any;
const sourceId = `shop-${crypto.randomUUID()}`;
const customStatus = `QA${crypto.randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  mock = await startMock();
  seed = await lookUpSeed(mock);
  a = await createOrder(
    mock,
    orderBody(seed.wholesale, [line(seed.plenty, 1, 20)], {
      SourceId: sourceId,
      CustomOrderStatus: customStatus,
    }),
  );
  b = await createOrder(
    mock,
    orderBody(seed.third, [line(seed.plenty, 1, 20)], {
      OrderStatus: 'Backordered',
      Warehouse: { WarehouseCode: FACTS.warehouses.other },
      OrderDate: '2031-03-10',
    }),
  );
  c = await createOrder(
    mock,
    orderBody(seed.cafe, [line(seed.plenty, 1, 20)], { OrderStatus: 'Parked', OrderDate: '2031-03-20' }),
  );
});
afterEach(async () => {
  await mock.control('POST', '/__control/clock', { release: true });
});
afterAll(() => mock.close());

const list = async (query: string) => {
  const { status, body } = await mock.call('GET', `/SalesOrders?pageSize=1000&${query}`);
  expect(status).toBe(200);
  return body.Items as { Guid: string; [field: string]: unknown }[];
};
const freezeAt = (iso: string) => mock.control('POST', '/__control/clock', { freezeAt: iso });

describe('GET /SalesOrders filters', () => {
  it('when orderNumber is given, then exactly that order comes back whatever the other filters say', async () => {
    const orders = await list(`orderNumber=${a.OrderNumber}&orderStatus=Deleted&customerCode=NOBODY`);
    expect(orders.map((o) => o.Guid)).toEqual([a.Guid]);
  });

  it('when sourceId is given, then only the orders with that SourceId come back, other filters ignored', async () => {
    expect(await listedGuids(mock, `sourceId=${sourceId}&orderStatus=Completed`)).toEqual([a.Guid]);
  });

  it('when orderStatus lists statuses, then only orders in them come back; without it Deleted orders are hidden', async () => {
    const orders = await list('orderStatus=Backordered,Parked');
    expect(orders.map((o) => o.Guid)).toEqual(expect.arrayContaining([b.Guid, c.Guid]));
    expect(orders.map((o) => o.Guid)).not.toContain(a.Guid);
    expect(new Set(orders.map((o) => o.OrderStatus))).toEqual(new Set(['Backordered', 'Parked']));
    expect((await list('')).map((o) => o.OrderStatus)).not.toContain('Deleted');
    expect((await list('orderStatus=Deleted')).length).toBeGreaterThan(0);
  });

  it('when customOrderStatus is given, then only orders with that custom status come back', async () => {
    expect(await listedGuids(mock, `customOrderStatus=${customStatus.toLowerCase()},Other`)).toEqual([
      a.Guid,
    ]);
  });

  it('when customerCode is given, then orders of customers whose code starts with it come back, in any case', async () => {
    const prefix = FACTS.customers.wholesale.code.slice(0, -1).toLowerCase();
    const orders = await list(`customerCode=${prefix}`);
    expect(orders.map((o) => o.Guid)).toEqual(expect.arrayContaining([a.Guid, b.Guid, c.Guid]));
    for (const order of orders) {
      expect((order.Customer as { CustomerCode: string }).CustomerCode.toLowerCase().startsWith(prefix)).toBe(
        true,
      );
    }
    const third = await listedGuids(mock, `customerCode=${FACTS.customers.third.code}`);
    expect(third).toContain(b.Guid);
    expect(third).not.toContain(a.Guid);
  });

  it('when customerId lists customer Guids, then only their orders come back', async () => {
    const orders = await list(`customerId=${seed.third},${seed.cafe}`);
    expect(orders.map((o) => o.Guid)).toEqual(expect.arrayContaining([b.Guid, c.Guid]));
    for (const order of orders)
      expect([seed.third, seed.cafe]).toContain((order.Customer as { Guid: string }).Guid);
  });

  it('when warehouseCode is given, then only orders shipping from that warehouse come back', async () => {
    const orders = await list(`warehouseCode=${FACTS.warehouses.other}`);
    expect(orders.map((o) => o.Guid)).toContain(b.Guid);
    expect(orders.map((o) => o.Guid)).not.toContain(a.Guid);
    for (const order of orders)
      expect(order.Warehouse).toMatchObject({ WarehouseCode: FACTS.warehouses.other });
  });

  it('when startDate and endDate are given, then only orders dated between them (inclusive) come back', async () => {
    expect(await listedGuids(mock, 'startDate=2031-03-15&endDate=2031-03-31')).toEqual([c.Guid]);
    expect(await listedGuids(mock, 'startDate=2031-03-10&endDate=2031-03-20')).toEqual(
      expect.arrayContaining([b.Guid, c.Guid]),
    );
    expect(await listedGuids(mock, 'endDate=2031-03-09')).not.toContain(b.Guid);
  });

  it('when completedAfter / completedBefore are given, then orders are chosen by CompletedDate', async () => {
    const order = await createOrder(mock, orderBody(seed.cafe, [line(seed.plenty, 1, 20)]));
    await freezeAt('2032-05-05T12:00:00Z');
    await mock.call('POST', `/SalesOrders/${order.Guid}/Complete`);

    expect(await listedGuids(mock, 'completedAfter=2032-05-05')).toEqual([order.Guid]);
    expect(await listedGuids(mock, 'completedAfter=2032-05-05T12:00:01')).not.toContain(order.Guid);
    expect(await listedGuids(mock, 'completedBefore=2032-05-06')).toContain(order.Guid);
    expect(await listedGuids(mock, 'completedBefore=2032-05-04')).not.toContain(order.Guid);
  });

  it('when an order has just been completed, then modifiedSince finds it', async () => {
    await freezeAt('2033-01-01T00:00:00Z');
    const order = await createOrder(
      mock,
      orderBody(seed.cafe, [line(seed.plenty, 1, 20)], { OrderStatus: 'Parked' }),
    );
    await mock.control('POST', '/__control/clock', { advanceMs: 3_600_000 });
    expect(await listedGuids(mock, 'modifiedSince=2033-01-01T00:30:00')).not.toContain(order.Guid);

    await mock.call('POST', `/SalesOrders/${order.Guid}/Complete`);

    const found = await list('modifiedSince=2033-01-01T00:30:00&orderStatus=Completed');
    expect(found.map((o) => o.Guid)).toEqual([order.Guid]);
  });
});

describe('order and clock', () => {
  it('when orders are listed, then the most recently changed comes first', async () => {
    await mock.call('PUT', `/SalesOrders/${a.Guid}`, { Comments: 'changed just now' });
    const orders = await list(`customerId=${seed.wholesale}`);
    expect(orders[0]?.Guid).toBe(a.Guid);
    const stamps = (await list('')).map((o) => fromWireDate(o.LastModifiedOn as string) ?? 0);
    expect(stamps).toEqual([...stamps].sort((x, y) => y - x));
  });

  it("when the mock's clock is frozen, then a new order's OrderDate is that day and CreatedOn that moment", async () => {
    await freezeAt('2030-07-04T15:30:00Z');
    const order = await createOrder(mock, orderBody(seed.cafe, [line(seed.plenty, 1, 20)]));
    expect(order.OrderDate).toBe(`/Date(${Date.UTC(2030, 6, 4)})/`);
    expect(order.CreatedOn).toBe(`/Date(${Date.UTC(2030, 6, 4, 15, 30)})/`);
    expect(order.LastModifiedOn).toBe(order.CreatedOn);
  });
});
