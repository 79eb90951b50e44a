// Following imported orders (R18a, R19): the store order takes the sales order's status, final lines, charges
// and totals; sales orders that are not the store's are ignored.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resultOf } from './sync-fixtures.ts';
import { type OrderWorld, startOrderWorld } from './sync-order-fixtures.ts';

let world: OrderWorld;

beforeAll(async () => {
  world = await startOrderWorld();
});
afterEach(() => world.mock.control('DELETE', '/__control/faults'));
afterAll(() => world.mock.close());

describe('following an imported order (R18a, R19)', () => {
  it('notices an order Unleashed has although the push never heard back', async () => {
    const order = await world.queue();
    await world.mock.control('POST', '/__control/faults', {
      kind: 'failNext',
      count: 4,
      status: 502,
      afterHandler: true,
      pathPrefix: '/SalesOrders',
      method: 'POST',
    });
    const run = await world.sync();
    expect(resultOf(run, 'orderPush').status).toBe('failed');
    expect(await world.stored(order)).toMatchObject({
      importState: 'imported',
      status: 'confirmed',
      importError: null,
    });
  });

  it('when Unleashed completes it with a freight charge, the store order is complete with the charge and final totals', async () => {
    const order = await world.queue();
    await world.sync();
    const current = (await world.mock.call('GET', `/SalesOrders/${order.unleashedGuid}`)).body;
    const freight = {
      LineType: 'Charge',
      Product: { ProductDescription: 'Freight' },
      OrderQuantity: 1,
      UnitPrice: 12.5,
      LineTax: 1.88,
    };
    expect(
      (
        await world.mock.call('PUT', `/SalesOrders/${order.unleashedGuid}`, {
          SalesOrderLines: [...current.SalesOrderLines, freight],
        })
      ).status,
    ).toBe(200);
    const completed = await world.mock.call('POST', `/SalesOrders/${order.unleashedGuid}/Complete`);
    expect(completed.status).toBe(200);

    const run = await world.sync();
    expect(resultOf(run, 'orderStatus').changed).toBeGreaterThanOrEqual(1);
    expect(await world.stored(order)).toMatchObject({
      status: 'complete',
      unleashedStatus: 'Completed',
      charges: [{ description: 'Freight', amount: 12.5, tax: 1.88 }],
      subTotal: completed.body.SubTotal,
      taxTotal: completed.body.TaxTotal,
      total: completed.body.Total,
      completedAt: expect.any(String),
    });
    expect((await world.stored(order)).lines).toHaveLength(2);
    expect(completed.body.Total).toBeCloseTo(order.total + 12.5 + 1.88, 2);
  });

  it('when Unleashed completes an order with a backordered line, then the line keeps its backorder and the other line gains none', async () => {
    const lines = [
      world.line('DEMO-PLENTY', 1, 3, 16.5),
      { ...world.line('DEMO-LOW', 2, 8, 8.5), backorderQuantity: 3 },
    ];
    const order = await world.queue({ lines });
    await world.sync();
    const backorderOf = async () =>
      Object.fromEntries(
        (await world.stored(order)).lines.map((l) => [l.productCode, l.backorderQuantity ?? 0]),
      );
    expect(await backorderOf()).toEqual({ 'DEMO-PLENTY': 0, 'DEMO-LOW': 3 });
    expect((await world.mock.call('POST', `/SalesOrders/${order.unleashedGuid}/Complete`)).status).toBe(200);
    await world.sync();
    expect(await world.stored(order)).toMatchObject({ status: 'complete' });
    expect(await backorderOf()).toEqual({ 'DEMO-PLENTY': 0, 'DEMO-LOW': 3 });
  });

  it('when it is parked or deleted in Unleashed, the store order follows (pending approval, rejected)', async () => {
    const parked = await world.queue();
    const deleted = await world.queue();
    await world.sync();
    expect(
      (await world.mock.call('PUT', `/SalesOrders/${parked.unleashedGuid}`, { OrderStatus: 'Parked' }))
        .status,
    ).toBe(200);
    expect((await world.mock.call('DELETE', `/SalesOrders/${deleted.unleashedGuid}`)).status).toBe(200);
    await world.sync();
    expect((await world.stored(parked)).status).toBe('pending-approval');
    expect(await world.stored(deleted)).toMatchObject({ status: 'rejected', unleashedStatus: 'Deleted' });
  });

  it("ignores sales orders that are not the store's", async () => {
    const foreign = {
      OrderStatus: 'Parked',
      Customer: { Guid: world.customer.guid },
      Tax: { TaxCode: 'G.S.T.' },
      SalesOrderLines: [
        { Product: { Guid: world.products.get('DEMO-PLENTY')?.guid }, OrderQuantity: 1, UnitPrice: 20 },
      ],
    };
    expect(
      (await world.mock.call('POST', '/SalesOrders/9a9a9a9a-0000-4000-8000-000000000001', foreign)).status,
    ).toBe(201);
    const run = await world.sync();
    expect(resultOf(run, 'orderStatus')).toMatchObject({
      status: 'succeeded',
      calls: 1,
      changed: 0,
      skipped: [],
    });
  });
});
