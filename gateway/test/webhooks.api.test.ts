// Following Unleashed by webhooks (issue 13): the store subscribes when connected, once, within the account's
// limit; a completed order, a new customer, a stock count and a deleted customer or product reach the store
// within seconds without a sync;
// deliveries that are forged, repeated, reordered or lost never leave the store wrong; a burst is taken without
// losing an event, a flood is refused; two instances on one database apply an event once.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { webhookHeaders } from '../../mock-unleashed/src/webhooks/protocol.ts';
import { startMock } from '../../mock-unleashed/test/harness.ts';
import { type RunningGateway, startGateway } from './harness.ts';
import { type Portal, startPortal } from './portal-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

let portal: Portal;
let buyer: string;
let plentyGuid: string;
const address = { street: '1 Main St', city: 'Auckland' };

beforeAll(async () => {
  portal = await startPortal({ webhooks: true });
  const customer = await portal.addCustomer([{ firstName: 'Wren' }]);
  buyer = await portal.signUp(
    customer.contacts.Wren as string,
    `wren.${customer.code.toLowerCase()}@buyer.example`,
  );
  plentyGuid = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
  await portal.api('PUT', `/products/${plentyGuid}/status`, { status: 'sellable' });
  for (let i = 0; i < 200 && (await webhookState()) !== 'subscribed'; i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
}, 90_000);
afterEach(() => portal.gw.mock.control('DELETE', '/__control/webhooks/faults'));
afterAll(() => portal?.close());

const mock = () => portal.gw.mock;
const status = async (): Promise<Json> => (await portal.api('GET', '/webhooks?limit=200')).body;
const webhookState = async () => (await status()).subscription.state;
const callbackUrl = () => `${portal.gw.url}/webhooks/unleashed/${portal.storeId}`;
const mockSubscriptions = async (): Promise<Json[]> =>
  (await mock().control('GET', '/__control/webhooks')).body.subscriptions;
const ours = async () => (await mockSubscriptions()).filter((s) => s.notificationUrl === callbackUrl());
const buyerOrder = async (id: string) =>
  (await portal.gw.request('GET', `/store/orders/${id}`, { token: buyer })).body;

/** Places an order as the buyer, waits for its import, and returns it with its sales order's GUID. */
async function placeImported(): Promise<{ id: string; guid: string; number: string }> {
  await portal.gw.request('PUT', `/store/cart/lines/${plentyGuid}`, { token: buyer, body: { quantity: 2 } });
  const placed = await portal.gw.request('POST', '/store/orders', {
    token: buyer,
    body: { deliveryAddress: address },
  });
  expect(placed.status, JSON.stringify(placed.body)).toBe(201);
  const id: string = placed.body.id;
  await expect
    .poll(async () => (await portal.api('GET', `/orders/${id}`)).body.importState, {
      timeout: 10_000,
      interval: 50,
    })
    .toBe('imported');
  const number: string = (await portal.api('GET', `/orders/${id}`)).body.unleashedOrderNumber;
  const found = await mock().call('GET', `/SalesOrders?orderNumber=${number}`);
  return { id, guid: found.body.Items[0].Guid, number };
}

/** A delivery signed with the store's key as the mock holds it (what Unleashed would send). */
async function deliver(event: { eventType: string; guid: string; eventId?: string }, url = callbackUrl()) {
  const [subscription] = await ours();
  const body = JSON.stringify({
    subscriptionId: subscription.subscriptionId,
    eventNotificationId: event.eventId ?? randomUUID(),
    eventType: event.eventType,
    createdOn: new Date().toISOString(),
    data: { Guid: event.guid },
  });
  const response = await fetch(url, {
    method: 'POST',
    headers: webhookHeaders(subscription.signingKey, body),
    body,
  });
  return { status: response.status, body: await response.json() };
}

const runCount = async () => (await portal.api('GET', '/sync/runs')).body.items.length;

describe('subscribing (issue 13, item 2)', () => {
  it('when the store is connected, then it holds one subscription in Unleashed to the events it follows, and the admin sees it', async () => {
    const mine = await ours();
    expect(mine).toHaveLength(1);
    expect(mine[0].eventTypes).toEqual(
      expect.arrayContaining(['salesorder.completed', 'product.updated', 'customer.updated']),
    );
    const view = await status();
    expect(view.subscription).toMatchObject({
      state: 'subscribed',
      subscriptionId: mine[0].subscriptionId,
      notificationUrl: callbackUrl(),
      error: null,
    });
    expect(view.subscription.eventTypes).toEqual(mine[0].eventTypes);
  });

  it('when the store is reconnected, then it keeps its one subscription and removes a stale one of its own', async () => {
    const [before] = await ours();
    const stale = await mock().call('POST', '/Webhooks/Subscriptions', {
      notificationUrl: `${callbackUrl()}?old=1`,
      eventTypes: ['product.updated'],
      description: `B2B portal store ${portal.storeId}`,
    });
    expect(stale.status).toBe(201);
    const checkedAt = (await status()).subscription.checkedAt;
    await portal.advance(60_000);
    const reconnected = await portal.api('PUT', '/connection', portal.gw.unleashed);
    expect(reconnected.status).toBe(200);
    await expect
      .poll(async () => (await status()).subscription.checkedAt, { timeout: 10_000 })
      .not.toBe(checkedAt);
    const all = await mockSubscriptions();
    expect(all.map((s) => s.subscriptionId)).toEqual([before.subscriptionId]);
    expect((await status()).subscription.state).toBe('subscribed');
  });

  it('when the account already has 5 other subscriptions, then reconnecting still works, the admin sees why there are no webhooks, and it subscribes once there is room', async () => {
    const [mine] = await ours();
    expect((await mock().call('DELETE', `/Webhooks/Subscriptions/${mine.subscriptionId}`)).status).toBe(204);
    const others: string[] = [];
    for (let i = 0; i < 5; i++) {
      const made = await mock().call('POST', '/Webhooks/Subscriptions', {
        notificationUrl: `https://elsewhere.example/hook/${i}`,
        eventTypes: ['customer.created'],
      });
      others.push(made.body.subscriptionId);
    }
    await portal.advance(60_000);
    const reconnected = await portal.api('PUT', '/connection', portal.gw.unleashed);
    expect(reconnected.status).toBe(200);
    await expect.poll(() => webhookState(), { timeout: 10_000 }).toBe('failed');
    expect((await status()).subscription.error).toContain('5 webhook subscriptions');

    for (const id of others) await mock().call('DELETE', `/Webhooks/Subscriptions/${id}`);
    await portal.advance(60_000);
    expect((await portal.api('PUT', '/connection', portal.gw.unleashed)).status).toBe(200);
    await expect.poll(() => webhookState(), { timeout: 10_000 }).toBe('subscribed');
    expect(await ours()).toHaveLength(1);
  });
});

describe('moving to another Unleashed account', () => {
  it('when the store is reconnected to another account, then its subscription leaves the old account and is made in the new one; when the old account cannot be reached, the admin is told which subscription was left there', async () => {
    const other = await startMock();
    try {
      const otherAccount = { ...portal.gw.unleashed, baseUrl: other.url };
      await portal.advance(60_000);
      expect((await portal.api('PUT', '/connection', otherAccount)).status).toBe(200);
      const inOther = async () => (await other.control('GET', '/__control/webhooks')).body.subscriptions;
      await expect.poll(async () => (await inOther()).length, { timeout: 10_000 }).toBe(1);
      await expect.poll(webhookState, { timeout: 10_000 }).toBe('subscribed');
      expect(await ours()).toEqual([]);
      expect((await status()).subscription).toMatchObject({
        subscriptionId: (await inOther())[0].subscriptionId,
        leftBehind: null,
      });

      // Back to the first account while the other one is down: its subscription cannot be removed there.
      const leftThere = (await inOther())[0].subscriptionId;
      await other.close();
      await portal.advance(60_000);
      expect((await portal.api('PUT', '/connection', portal.gw.unleashed)).status).toBe(200);
      await expect.poll(async () => (await ours()).length, { timeout: 10_000 }).toBe(1);
      await expect.poll(webhookState, { timeout: 10_000 }).toBe('subscribed');
      const { leftBehind } = (await status()).subscription;
      expect(leftBehind).toMatchObject({ apiId: portal.gw.unleashed.apiId, subscriptionId: leftThere });
      expect(leftBehind.reason).toMatch(
        /^It could not be removed because the old account could not be reached/,
      );
    } finally {
      await other.close().catch(() => undefined);
    }
  }, 60_000);

  it('when the admin removes a subscription left behind by hand, then the next check finds it gone and the note goes', async () => {
    const other = await startMock();
    try {
      await portal.advance(60_000);
      expect(
        (await portal.api('PUT', '/connection', { ...portal.gw.unleashed, baseUrl: other.url })).status,
      ).toBe(200);
      const inOther = async () => (await other.control('GET', '/__control/webhooks')).body.subscriptions;
      await expect.poll(async () => (await inOther()).length, { timeout: 10_000 }).toBe(1);
      await expect.poll(webhookState, { timeout: 10_000 }).toBe('subscribed');
      const leftThere = (await inOther())[0].subscriptionId;

      // The other account refuses the store's key when the store moves back: the subscription stays there.
      await other.control('POST', '/__control/faults', {
        kind: 'failNext',
        status: 401,
        method: 'DELETE',
        pathPrefix: '/Webhooks',
      });
      await portal.advance(60_000);
      expect((await portal.api('PUT', '/connection', portal.gw.unleashed)).status).toBe(200);
      await expect
        .poll(async () => (await status()).subscription.leftBehind?.subscriptionId ?? null, {
          timeout: 10_000,
        })
        .toBe(leftThere);
      expect((await status()).subscription.leftBehind.reason).toMatch(/no longer accepts the store’s key/);
      expect((await status()).subscription.leftBehind).not.toHaveProperty('account');

      // The admin removes it in that account; the next check (here: a store change) finds it gone.
      expect((await other.call('DELETE', `/Webhooks/Subscriptions/${leftThere}`)).status).toBe(204);
      const checkedAt = (await status()).subscription.checkedAt;
      await portal.advance(60_000);
      expect((await portal.api('PUT', '/connection', portal.gw.unleashed)).status).toBe(200);
      await expect
        .poll(async () => (await status()).subscription.checkedAt, { timeout: 10_000 })
        .not.toBe(checkedAt);
      await expect.poll(async () => (await status()).subscription.leftBehind, { timeout: 10_000 }).toBeNull();
      expect(await ours()).toHaveLength(1);
    } finally {
      await other.close();
    }
  }, 60_000);
});

describe('following Unleashed within seconds (issue 13, item 2)', () => {
  it('when the supplier completes the order in Unleashed, then the buyer sees it Complete within seconds, without a sync, and the admin sees what the event changed', async () => {
    const order = await placeImported();
    const runs = await runCount();
    const started = Date.now();
    expect((await mock().call('POST', `/SalesOrders/${order.guid}/Complete`)).status).toBe(200);
    await expect
      .poll(async () => (await buyerOrder(order.id)).status, { timeout: 5_000, interval: 50 })
      .toBe('complete');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await runCount()).toBe(runs);
    await expect
      .poll(async () =>
        (await status()).recentEvents
          .filter((e: Json) => e.resourceGuid === order.guid)
          .map((e: Json) => e.outcome)
          .sort(),
      )
      .toEqual(['changed', 'unchanged']);
    const changed = (await status()).recentEvents.find(
      (e: Json) => e.resourceGuid === order.guid && e.outcome === 'changed',
    );
    expect(changed.detail).toBe(`Order ${order.number} is now Completed.`);
    expect((await status()).lastReceivedAt).not.toBeNull();
  });

  it('when events come twice and out of order, then each is stored once and the order ends complete with its freight charge', async () => {
    const order = await placeImported();
    await mock().control('POST', '/__control/webhooks/faults', {
      kind: 'reorder',
      count: 1,
      eventType: 'salesorder.updated',
    });
    await mock().control('POST', '/__control/webhooks/faults', {
      kind: 'duplicate',
      count: 1,
      eventType: 'salesorder.completed',
    });
    const current = (await mock().call('GET', `/SalesOrders/${order.guid}`)).body;
    const freight = {
      LineType: 'Charge',
      Product: { ProductDescription: 'Freight' },
      OrderQuantity: 1,
      UnitPrice: 12.5,
      LineTax: 1.88,
    };
    await mock().call('PUT', `/SalesOrders/${order.guid}`, {
      SalesOrderLines: [...current.SalesOrderLines, freight],
    });
    await mock().call('POST', `/SalesOrders/${order.guid}/Complete`);
    await mock().control('POST', '/__control/webhooks/flush');

    await expect.poll(async () => (await buyerOrder(order.id)).status, { timeout: 5_000 }).toBe('complete');
    expect((await buyerOrder(order.id)).charges).toEqual([
      expect.objectContaining({ description: 'Freight', amount: 12.5 }),
    ]);
    const deliveries = (await mock().control('GET', '/__control/webhooks')).body.deliveries.filter(
      (d: Json) => d.resourceGuid === order.guid,
    );
    expect(deliveries).toHaveLength(3);
    const twice = deliveries.find((d: Json) => d.eventType === 'salesorder.completed');
    expect(twice.attempts.map((a: Json) => [a.statusCode, JSON.parse(a.responseBody).duplicate])).toEqual([
      [202, false],
      [202, true],
    ]);
    await expect
      .poll(async () =>
        (await status()).recentEvents
          .filter((e: Json) => e.resourceGuid === order.guid)
          .map((e: Json) => e.outcome)
          .sort(),
      )
      .toEqual(['changed', 'unchanged', 'unchanged']);
  });

  it('when a customer with a contact is added in Unleashed, then it is in the store within seconds without a sync', async () => {
    const runs = await runCount();
    const code = `W${randomUUID().slice(0, 8).toUpperCase()}`;
    const made = await mock().call('POST', '/Customers', { CustomerCode: code, CustomerName: `${code} Ltd` });
    expect(made.status).toBe(201);
    await mock().call('POST', `/Customers/${made.body.Guid}/Contacts`, {
      FirstName: 'Kit',
      LastName: 'Tester',
      EmailAddress: `kit.${code.toLowerCase()}@buyer.example`,
      IsDefault: true,
      ForOrdering: true,
    });
    const contacts = async () =>
      (await portal.api('GET', `/customers/${made.body.Guid}/contacts`)).body.items ?? [];
    await expect
      .poll(async () => (await contacts()).map((c: Json) => c.email), { timeout: 5_000, interval: 50 })
      .toEqual([`kit.${code.toLowerCase()}@buyer.example`]);
    expect((await portal.api('GET', `/customers?search=${code}`)).body.items).toEqual([
      expect.objectContaining({ code, inStore: true }),
    ]);
    expect(await runCount()).toBe(runs);
  });

  it('when stock is counted in Unleashed, then the buyer catalogue shows the new figure within seconds without a sync', async () => {
    const runs = await runCount();
    const available = async () =>
      (await portal.gw.request('GET', '/store/products?search=DEMO-PLENTY', { token: buyer })).body.items[0]
        .stock.available;
    const before = await available();
    const counted = await mock().control('POST', '/__control/stock', {
      productGuid: plentyGuid,
      adjustBy: 37,
      warehouseCode: 'MAIN',
    });
    expect(counted.status).toBe(200);
    // Unleashed's figure for the warehouse now (orders of earlier tests moved it too).
    const rows = (await mock().call('GET', `/StockOnHand/${plentyGuid}/AllWarehouses`)).body.Items;
    const inMain: number = rows.find((row: Json) => row.WarehouseCode === 'MAIN').AvailableQty;
    // Read before the count: the delivery may land before this line runs, so the store's figure is not read here.
    expect(inMain).not.toBe(before);
    await expect.poll(available, { timeout: 5_000, interval: 50 }).toBe(inMain);
    expect(await runCount()).toBe(runs);
    const event = (await status()).recentEvents.find((e: Json) => e.resourceGuid === plentyGuid);
    expect(event).toMatchObject({ eventType: 'product.updated', outcome: 'changed' });
    expect(event.detail).toContain('on hand in MAIN');
  });

  it('when a customer and a product are deleted in Unleashed, then within seconds the customer leaves the store with its buyer’s login and the product the catalogue, without a sync (R6)', async () => {
    const gone = await portal.addCustomer([{ firstName: 'Gale' }]);
    const galeToken = await portal.signUp(
      gone.contacts.Gale as string,
      `gale.${gone.code.toLowerCase()}@buyer.example`,
    );
    const productGuid = randomUUID();
    const productCode = `WD${randomUUID().slice(0, 6).toUpperCase()}`;
    await mock().call('POST', `/Products/${productGuid}`, {
      ProductCode: productCode,
      ProductDescription: productCode,
    });
    await expect
      .poll(
        async () =>
          (await portal.api('PUT', `/products/${productGuid}/status`, { status: 'sellable' })).status,
      )
      .toBe(200);
    const catalogue = async () =>
      (await portal.gw.request('GET', `/store/products?search=${productCode}`, { token: buyer })).body.items;
    expect(await catalogue()).toHaveLength(1);
    const runs = await runCount();

    expect((await mock().control('DELETE', `/__control/customers/${gone.guid}`)).status).toBe(204);
    expect((await mock().control('DELETE', `/__control/products/${productGuid}`)).status).toBe(204);
    await expect.poll(catalogue, { timeout: 5_000, interval: 50 }).toEqual([]);
    await expect
      .poll(async () => (await portal.api('GET', `/customers?search=${gone.code}`)).body.items, {
        timeout: 5_000,
      })
      .toEqual([]);
    expect((await portal.gw.request('GET', '/store/me', { token: galeToken })).status).toBe(401);
    expect(await runCount()).toBe(runs);
    const events = (await status()).recentEvents;
    expect(
      events.find((e: Json) => e.resourceGuid === productGuid && e.eventType === 'product.deleted'),
    ).toMatchObject({
      outcome: 'changed',
      detail: `Product ${productCode} was deleted in Unleashed: gone from the catalog.`,
    });
    expect(
      events.find((e: Json) => e.resourceGuid === gone.guid && e.eventType === 'customer.deleted'),
    ).toMatchObject({
      outcome: 'changed',
      detail: `Customer ${gone.code} was deleted in Unleashed: removed from the store with its orders and logins.`,
    });
  });

  it('when a delivery is lost, then the next sync brings the change in', async () => {
    const order = await placeImported();
    await mock().control('POST', '/__control/webhooks/faults', { kind: 'drop', count: 2 });
    await mock().call('POST', `/SalesOrders/${order.guid}/Complete`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await buyerOrder(order.id)).status).not.toBe('complete');
    await portal.sync();
    expect((await buyerOrder(order.id)).status).toBe('complete');
  });
});

describe('refusing and absorbing deliveries', () => {
  it('when deliveries carry a wrong or stale signature, then they are answered 401 and nothing changes but the rejection count', async () => {
    const order = await placeImported();
    const before = (await status()).rejectedDeliveries.count;
    await mock().control('POST', '/__control/webhooks/faults', { kind: 'badSignature', count: 2 });
    await mock().call('POST', `/SalesOrders/${order.guid}/Complete`);
    await mock().control('POST', '/__control/webhooks/flush');
    const deliveries = (await mock().control('GET', '/__control/webhooks')).body.deliveries.filter(
      (d: Json) => d.resourceGuid === order.guid,
    );
    expect(deliveries.map((d: Json) => d.attempts[0].statusCode)).toEqual([401, 401]);
    expect(JSON.parse(deliveries[0].attempts[0].responseBody).type).toContain('webhook-signature-invalid');

    const [mine] = await ours();
    const body = JSON.stringify({
      eventNotificationId: randomUUID(),
      eventType: 'salesorder.completed',
      data: { Guid: order.guid },
    });
    const stale = webhookHeaders(mine.signingKey, body, Date.now() - 10 * 60_000);
    expect((await fetch(callbackUrl(), { method: 'POST', headers: stale, body })).status).toBe(401);

    const after = await status();
    expect(after.rejectedDeliveries.count).toBe(before + 3);
    expect(after.rejectedDeliveries.lastReason).toBe('The timestamp is outside the replay window.');
    expect(after.recentEvents.filter((e: Json) => e.resourceGuid === order.guid)).toEqual([]);
    expect((await buyerOrder(order.id)).status).not.toBe('complete');
  });

  it('when the store is unknown, then the delivery is answered 404', async () => {
    const missing = `${portal.gw.url}/webhooks/unleashed/no-such-store`;
    expect((await deliver({ eventType: 'product.updated', guid: plentyGuid }, missing)).status).toBe(404);
  });

  it('when 60 events arrive at once, then every one is answered 2xx, stored once and applied', async () => {
    const ids = Array.from({ length: 60 }, () => randomUUID());
    const answers = await Promise.all(
      ids.map((eventId) => deliver({ eventType: 'product.updated', guid: plentyGuid, eventId })),
    );
    expect(answers.map((a) => a.status)).toEqual(ids.map(() => 202));
    await expect
      .poll(
        async () => {
          const events = (await status()).recentEvents.filter((e: Json) => ids.includes(e.eventId));
          return events.filter((e: Json) => e.outcome === 'unchanged' || e.outcome === 'changed').length;
        },
        { timeout: 30_000, interval: 200 },
      )
      .toBe(60);
    // 60 deliveries at once through signature checks and the job engine: 20 s was passed on a loaded machine.
  }, 60_000);
});

describe('two gateway instances on one database', () => {
  let other: RunningGateway;
  beforeAll(async () => {
    const webhooks = { subscribe: true, floodLimit: { burst: 4, perSecond: 0.01 } };
    other = await startGateway({ db: portal.gw.db, mock: mock(), adminExists: true, webhooks });
  });
  afterAll(() => other?.close());
  const otherUrl = () => `${other.url}/webhooks/unleashed/${portal.storeId}`;

  it('when the same event reaches both instances at once, then it is stored once and applied once', async () => {
    const order = await placeImported();
    await mock().control('POST', '/__control/webhooks/faults', { kind: 'drop', count: 2 });
    await mock().call('POST', `/SalesOrders/${order.guid}/Complete`);
    const eventId = randomUUID();
    const event = { eventType: 'salesorder.completed', guid: order.guid, eventId };
    const answers = await Promise.all([deliver(event), deliver(event, otherUrl())]);
    expect(answers.map((a) => a.status)).toEqual([202, 202]);
    expect(answers.map((a) => a.body.duplicate).sort()).toEqual([false, true]);
    await expect.poll(async () => (await buyerOrder(order.id)).status, { timeout: 5_000 }).toBe('complete');
    await expect
      .poll(async () => (await status()).recentEvents.filter((e: Json) => e.resourceGuid === order.guid))
      .toEqual([expect.objectContaining({ eventId, outcome: 'changed' })]);
  });

  it('when deliveries flood an instance past its limit, then the excess is answered 429 with Retry-After and nothing of it is stored', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const answers = [];
    for (const eventId of ids)
      answers.push(await deliver({ eventType: 'product.updated', guid: plentyGuid, eventId }, otherUrl()));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 429]);
    expect(answers[3]?.body).toMatchObject({ type: expect.stringContaining('webhook-flood'), status: 429 });
    const stored = (await status()).recentEvents.map((e: Json) => e.eventId);
    expect(ids.filter((id) => stored.includes(id))).toEqual(ids.slice(0, 3));
  });
});
