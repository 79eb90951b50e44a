// Pushing queued store orders (R18, R20): imported into Unleashed exactly once with the store's import status,
// warehouse and tax and the placing contact's email; refusals, outages and lost answers are handled.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { resultOf } from './sync-fixtures.ts';
import { type OrderWorld, startOrderWorld } from './sync-order-fixtures.ts';

let world: OrderWorld;

beforeAll(async () => {
  world = await startOrderWorld();
});
afterEach(() => world.mock.control('DELETE', '/__control/faults'));
afterAll(() => world.mock.close());

describe('pushing a queued store order', () => {
  it("imports it as a sales order with the store import status, warehouse, tax, placed-by email and the buyer's PO number as CustomerRef", async () => {
    const order = await world.queue({
      comment: 'Back door please',
      purchaseOrderRef: 'PO-88231',
      deliveryAddress: {
        type: 'Shipping',
        name: 'Dock 3',
        street: '1 Main St',
        street2: null,
        suburb: null,
        city: 'Auckland',
        region: null,
        country: 'New Zealand',
        postalCode: '1010',
        isDefault: true,
      },
    });
    const before = await world.salesOrderCount();
    const run = await world.sync();
    expect(resultOf(run, 'orderPush')).toMatchObject({
      status: 'succeeded',
      added: 1,
      calls: 1,
      skipped: [],
    });
    expect(await world.salesOrderCount()).toBe(before + 1);

    const { body } = await world.mock.call('GET', `/SalesOrders/${order.unleashedGuid}`);
    expect(body).toMatchObject({
      OrderStatus: 'Placed',
      Customer: { Guid: world.customer.guid },
      CustomerRef: 'PO-88231',
      SourceId: order.id,
      Warehouse: { WarehouseCode: 'MAIN' },
      Tax: { TaxCode: 'G.S.T.' },
      DeliveryInstruction: 'Placed by dana@demo-wholesale.example',
      Comments: 'Back door please',
      DeliveryName: 'Dock 3',
      DeliveryCity: 'Auckland',
      SubTotal: order.subTotal,
      Total: order.total,
    });
    expect(await world.stored(order)).toMatchObject({
      importState: 'imported',
      importAttempts: 1,
      status: 'confirmed',
      unleashedStatus: 'Placed',
      unleashedOrderNumber: body.OrderNumber,
      importedAt: expect.any(String),
    });
  });

  it('whose create answer is lost, posts it again to the same GUID: one sales order, not two', async () => {
    const order = await world.queue();
    const before = await world.salesOrderCount();
    await world.mock.control('POST', '/__control/faults', {
      kind: 'failNext',
      status: 502,
      afterHandler: true,
      pathPrefix: '/SalesOrders',
      method: 'POST',
    });
    const run = await world.sync();
    expect(resultOf(run, 'orderPush')).toMatchObject({ status: 'succeeded', added: 1, calls: 2 });
    expect(await world.salesOrderCount()).toBe(before + 1);
    const { body } = await world.mock.call(
      'GET',
      `/SalesOrders?orderStatus=Parked,Placed,Backordered,Completed,Deleted&pageSize=1000&customerId=${world.customer.guid}`,
    );
    expect(body.Items.filter((o: { Guid: string }) => o.Guid === order.unleashedGuid)).toHaveLength(1);
    expect((await world.stored(order)).importState).toBe('imported');
  });

  it('that Unleashed refuses, marks it failed with the reason, reports it, and does not send it again', async () => {
    const order = await world.queue({ lines: [world.line('DEMO-OBSOLETE', 1, 1, 5)] });
    const run = await world.sync();
    const push = resultOf(run, 'orderPush');
    expect(push.status).toBe('succeeded');
    expect(push.skipped).toEqual([
      { key: order.id, reason: 'rejected-by-unleashed', detail: expect.stringMatching(/400.*obsolete/) },
    ]);
    expect(await world.stored(order)).toMatchObject({
      importState: 'failed',
      importError: expect.stringMatching(/obsolete/),
    });
    expect(resultOf(await world.sync(), 'orderPush').calls).toBe(0);
  });

  it('while Unleashed is down, keeps it queued and fails the pass; the next run imports it', async () => {
    const order = await world.queue();
    await world.mock.control('POST', '/__control/faults', {
      kind: 'failNext',
      count: 4,
      status: 503,
      pathPrefix: '/SalesOrders',
      method: 'POST',
    });
    const down = await world.sync();
    expect(resultOf(down, 'orderPush')).toMatchObject({ status: 'failed', added: 0, calls: 4 });
    expect(resultOf(down, 'orderStatus').status).toBe('succeeded');
    expect(await world.stored(order)).toMatchObject({ importState: 'queued', importAttempts: 1 });
    const up = await world.sync();
    expect(resultOf(up, 'orderPush').added).toBe(1);
    expect(await world.stored(order)).toMatchObject({ importState: 'imported', importAttempts: 2 });
  });
});

describe('an order whose every create answer was lost, and which Unleashed then completed', () => {
  it('is recognised on the next push (Unleashed refuses the update, but has the order): imported, complete', async () => {
    const order = await world.queue();
    const before = await world.salesOrderCount();
    await world.mock.control('POST', '/__control/faults', {
      kind: 'failNext',
      count: 4,
      status: 502,
      afterHandler: true,
      pathPrefix: '/SalesOrders',
      method: 'POST',
    });
    // The status pull would notice the order too; keep it from answering so that the push has to.
    await world.mock.control('POST', '/__control/faults', {
      kind: 'failNext',
      count: 4,
      status: 502,
      pathPrefix: '/SalesOrders',
      method: 'GET',
    });
    const lost = await world.sync();
    expect(resultOf(lost, 'orderPush').status).toBe('failed');
    expect(resultOf(lost, 'orderStatus').status).toBe('failed');
    expect((await world.stored(order)).importState).toBe('queued');
    expect((await world.mock.call('POST', `/SalesOrders/${order.unleashedGuid}/Complete`)).status).toBe(200);

    const run = await world.sync();
    expect(resultOf(run, 'orderPush')).toMatchObject({ status: 'succeeded', added: 1, skipped: [] });
    expect(await world.stored(order)).toMatchObject({
      importState: 'imported',
      status: 'complete',
      importError: null,
    });
    expect(await world.salesOrderCount()).toBe(before + 1);
  });
});
