// Webhook deliveries to a real HTTP receiver: an event for every change made through the API or the QA controls
// (stock moved by sales orders and records deleted included), signed so the receiver's check passes, sent without holding up the API call, retried on failure on the mock's
// clock, recorded with each attempt; and the QA delivery faults.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import { createOrder, FACTS, line, lookUpSeed, orderBody, type SeedRefs } from './sales-order-fixtures.ts';
import { startReceiver, type WebhookReceiver } from './webhook-receiver.ts';

let mock: RunningMock;
let seed: SeedRefs;
let receiver: WebhookReceiver;
let subscriptionId: string;

beforeAll(async () => {
  mock = await startMock();
  seed = await lookUpSeed(mock);
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await mock.close();
});
beforeEach(async () => {
  for (const s of (await mock.call('GET', '/Webhooks/Subscriptions')).body.Items)
    await mock.call('DELETE', `/Webhooks/Subscriptions/${s.subscriptionId}`);
  await mock.control('DELETE', '/__control/webhooks/faults');
  receiver.received.length = 0;
  receiver.answer = 200;
  receiver.delayMs = 0;
  const created = await mock.call('POST', '/Webhooks/Subscriptions', {
    notificationUrl: receiver.url,
    eventTypes: [
      'salesorder.updated',
      'salesorder.completed',
      'customer.updated',
      'customer.deleted',
      'product.updated',
      'product.deleted',
    ],
  });
  subscriptionId = created.body.subscriptionId;
  receiver.signingKey = created.body.signingKey;
});

const deliveriesOf = async (query = '') =>
  (await mock.call('GET', `/Webhooks/Deliveries?subscriptionId=${subscriptionId}${query}`)).body.Items;

describe('events for changes', () => {
  it('when an order is placed and then completed through the API, then product.updated (stock allocated), then salesorder.updated, salesorder.completed and product.updated (stock deducted) arrive signed, naming them', async () => {
    const order = await createOrder(mock, orderBody(seed.wholesale, [line(seed.plenty, 1, 20)]));
    const [allocated] = await receiver.waitFor(1); // salesorder.created is not subscribed
    expect([allocated?.event.eventType, allocated?.event.data.Guid]).toEqual([
      'product.updated',
      seed.plenty,
    ]);
    await mock.call('POST', `/SalesOrders/${order.Guid}/Complete`);

    const received = (await receiver.waitFor(4)).slice(1);
    expect(received.map((r) => [r.event.eventType, r.event.data.Guid])).toEqual([
      ['salesorder.updated', order.Guid],
      ['salesorder.completed', order.Guid],
      ['product.updated', seed.plenty],
    ]);
    for (const { event, verdict } of received) {
      expect(verdict).toBe('valid');
      expect(event.subscriptionId).toBe(subscriptionId);
    }
    expect(new Set(received.map((r) => r.event.eventNotificationId)).size).toBe(3);
  });

  it('when a customer and a product without sales orders are deleted (QA control, as in Unleashed’s screens), then customer.deleted and product.deleted arrive and both read 404; one on a sales order is refused', async () => {
    const code = `DEL${Date.now() % 1_000_000}`;
    const customer = await mock.call('POST', '/Customers', {
      CustomerCode: code,
      CustomerName: `${code} Ltd`,
    });
    const productGuid = crypto.randomUUID();
    await mock.call('POST', `/Products/${productGuid}`, { ProductCode: code, ProductDescription: code });
    expect(receiver.received).toHaveLength(0); // customer.created and product.created are not subscribed

    expect((await mock.control('DELETE', `/__control/customers/${customer.body.Guid}`)).status).toBe(204);
    expect((await mock.control('DELETE', `/__control/products/${productGuid}`)).status).toBe(204);
    const received = await receiver.waitFor(2);
    expect(received.map((r) => [r.event.eventType, r.event.data.Guid])).toEqual([
      ['customer.deleted', customer.body.Guid],
      ['product.deleted', productGuid],
    ]);
    expect((await mock.call('GET', `/Customers/${customer.body.Guid}`)).status).toBe(404);
    expect((await mock.call('GET', `/Products/${productGuid}`)).status).toBe(404);

    const refused = await mock.control('DELETE', `/__control/customers/${seed.wholesale}`);
    expect(refused.status).toBe(400);
    expect(refused.body.Items[0]).toMatchObject({ Field: 'Customer', ErrorCode: 'HasTransactions' });
    expect((await mock.control('DELETE', `/__control/products/${seed.plenty}`)).status).toBe(400);
    expect((await mock.call('GET', `/Customers/${seed.wholesale}`)).status).toBe(200);
  });

  it('when a contact is added and stock is adjusted through QA control, then customer.updated and product.updated arrive', async () => {
    await mock.call('POST', `/Customers/${seed.cafe}/Contacts`, { FirstName: 'Webhook', LastName: 'Tester' });
    await mock.control('POST', '/__control/stock', { productCode: FACTS.products.plenty.code, adjustBy: 5 });
    const received = await receiver.waitFor(2);
    expect(received.map((r) => [r.event.eventType, r.event.data.Guid])).toEqual([
      ['customer.updated', seed.cafe],
      ['product.updated', seed.plenty],
    ]);
  });

  it('when the receiver is slow, then the API call that caused the event does not wait for it', async () => {
    await mock.call('PUT', `/Webhooks/Subscriptions/${subscriptionId}`, { eventTypes: ['product.updated'] });
    receiver.delayMs = 3000;
    const response = await mock.call('POST', `/Products/Obsolete/${seed.low}`);
    expect(response.status).toBe(200);
    // Answered while the receiver still holds the delivery: an API call that waited would find it Succeeded.
    await receiver.waitFor(1);
    expect((await deliveriesOf())[0].status).toBe('Pending');
  });
});

describe('failures, retries and the delivery record', () => {
  it('when the receiver answers 500, then the delivery is retried a minute later on the mock clock and then succeeds', async () => {
    receiver.answer = 500;
    await mock.call('POST', `/Customers/${seed.wholesale}/Contacts`, { FirstName: 'Retry', LastName: 'Me' });
    await receiver.waitFor(1);
    await expect.poll(async () => (await deliveriesOf())[0]?.status).toBe('Retrying');
    const [retrying] = await deliveriesOf();
    expect(retrying.attempts).toMatchObject([{ statusCode: 500, responseBody: 'not now' }]);
    const wait = Date.parse(retrying.nextAttemptOn) - Date.parse(retrying.attempts[0].attemptedOn);
    expect(wait).toBeGreaterThanOrEqual(60_000);
    expect(wait).toBeLessThan(61_000);

    receiver.answer = 200;
    mock.clock.advance(61_000);
    await receiver.waitFor(2);
    await expect.poll(async () => (await deliveriesOf('&status=Succeeded')).length).toBe(1);
    const [done] = await deliveriesOf();
    expect(done.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 200]);
    expect(receiver.received[0]?.event.eventNotificationId).toBe(
      receiver.received[1]?.event.eventNotificationId,
    );
  });

  it('when every attempt fails, then after nine attempts the delivery is Failed and nothing more is sent', async () => {
    receiver.answer = 503;
    await mock.control('POST', '/__control/stock', { productCode: FACTS.products.plenty.code, adjustBy: 1 });
    for (let i = 0; i < 10; i++) await mock.control('POST', '/__control/webhooks/flush');
    const [failed] = await deliveriesOf();
    expect(failed.status).toBe('Failed');
    expect(failed.attempts).toHaveLength(9);
    expect(failed.nextAttemptOn).toBeNull();
    expect(receiver.received).toHaveLength(9);
  });
});

describe('QA delivery faults', () => {
  const adjustStock = () =>
    mock.control('POST', '/__control/stock', { productCode: FACTS.products.plenty.code, adjustBy: 1 });

  it('when badSignature is on, then the receiver rejects that delivery and the next one verifies', async () => {
    await mock.control('POST', '/__control/webhooks/faults', { kind: 'badSignature', count: 1 });
    await adjustStock();
    await adjustStock();
    const received = await receiver.waitFor(2);
    expect(received.map((r) => r.verdict)).toEqual(['invalid', 'valid']);
  });

  it('when duplicate is on, then the same event arrives twice', async () => {
    await mock.control('POST', '/__control/webhooks/faults', { kind: 'duplicate', count: 1 });
    await adjustStock();
    const received = await receiver.waitFor(2);
    expect(received[0]?.event).toEqual(received[1]?.event);
  });

  it('when drop is on, then the event never arrives and its delivery is Dropped', async () => {
    await mock.control('POST', '/__control/webhooks/faults', { kind: 'drop', count: 1 });
    await adjustStock();
    await mock.control('POST', '/__control/webhooks/flush');
    expect(receiver.received).toHaveLength(0);
    expect((await deliveriesOf())[0]).toMatchObject({ status: 'Dropped', attempts: [] });
  });

  it('when reorder is on, then the held event arrives after the next one', async () => {
    await mock.control('POST', '/__control/webhooks/faults', { kind: 'reorder', count: 1 });
    await mock.call('POST', `/Customers/${seed.third}/Contacts`, { FirstName: 'First', LastName: 'Change' });
    await adjustStock();
    const received = await receiver.waitFor(2);
    expect(received.map((r) => r.event.eventType)).toEqual(['product.updated', 'customer.updated']);
  });

  it('when the target is down, then the attempt fails without reaching it and the retry delivers', async () => {
    await mock.control('POST', '/__control/webhooks/faults', { kind: 'targetDown', count: 1 });
    await adjustStock();
    await expect.poll(async () => (await deliveriesOf())[0]?.status).toBe('Retrying');
    expect(receiver.received).toHaveLength(0);
    const state = (await mock.control('POST', '/__control/webhooks/flush')).body;
    expect(state.deliveries[0]).toMatchObject({ status: 'Succeeded' });
    expect(state.deliveries[0].attempts.map((a: { fault: string | null }) => a.fault)).toEqual([
      'targetDown',
      null,
    ]);
    expect(receiver.received).toHaveLength(1);
  });
});
