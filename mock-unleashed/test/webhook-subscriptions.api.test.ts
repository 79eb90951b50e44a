// Webhook subscriptions through the ordinary signed API: created with a signing key shown once, listed without
// it, changed, removed; at most 5 per account; HTTPS only (loopback http allowed in development).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ seed: 'empty' });
});
afterAll(() => mock.close());
beforeEach(async () => {
  await mock.control('POST', '/__control/reset', { seed: 'empty' });
});

const subscribe = (notificationUrl: string, eventTypes = ['customer.updated']) =>
  mock.call('POST', '/Webhooks/Subscriptions', { notificationUrl, eventTypes });

describe('managing subscriptions', () => {
  it('when a subscription is created, then its signing key is in that answer only, never in a list or read', async () => {
    const created = await subscribe('https://portal.example/webhooks/unleashed', ['product.updated']);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ eventTypes: ['product.updated'], isActive: true });
    expect(created.body.signingKey.length).toBeGreaterThan(20);

    const listed = await mock.call('GET', '/Webhooks/Subscriptions');
    expect(listed.body.Items.map((s: { subscriptionId: string }) => s.subscriptionId)).toEqual([
      created.body.subscriptionId,
    ]);
    expect(listed.body.Items[0].signingKey).toBeUndefined();
    const read = await mock.call('GET', `/Webhooks/Subscriptions/${created.body.subscriptionId}`);
    expect(read.body.signingKey).toBeUndefined();
  });

  it('when a subscription is updated and then deleted, then reads show the change and then 404', async () => {
    const { body } = await subscribe('https://portal.example/a');
    const path = `/Webhooks/Subscriptions/${body.subscriptionId}`;
    const updated = await mock.call('PUT', path, { eventTypes: ['salesorder.completed'], isActive: false });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ notificationUrl: 'https://portal.example/a', isActive: false });
    expect(updated.body.eventTypes).toEqual(['salesorder.completed']);

    expect((await mock.call('DELETE', path)).status).toBe(204);
    expect((await mock.call('GET', path)).status).toBe(404);
  });

  it('when a sixth subscription is asked for, then it is refused in Unleashed 400 shape and five remain', async () => {
    for (let i = 1; i <= 5; i++) expect((await subscribe(`https://portal.example/${i}`)).status).toBe(201);
    const sixth = await subscribe('https://portal.example/6');
    expect(sixth.status).toBe(400);
    expect(sixth.body.Items[0]).toMatchObject({
      Field: 'Subscription',
      ErrorCode: 'SubscriptionLimitReached',
    });
    expect((await mock.call('GET', '/Webhooks/Subscriptions')).body.Items).toHaveLength(5);
  });

  it('when the endpoint is plain http on another host, then it is refused; on loopback it is accepted', async () => {
    const remote = await subscribe('http://portal.example/webhooks');
    expect(remote.status).toBe(400);
    expect(remote.body.Items[0].Field).toBe('notificationUrl');
    expect((await subscribe('http://127.0.0.1:9/webhooks')).status).toBe(201);
  });

  it('when an unknown event type is asked for, then it is a 400 naming the field', async () => {
    const response = await subscribe('https://portal.example/x', ['invoice.created']);
    expect(response.status).toBe(400);
    expect(response.body.Items[0].Field).toMatch(/eventTypes/);
  });

  it('when the subscription call is not signed, then it is refused with 403', async () => {
    const response = await fetch(`${mock.url}/Webhooks/Subscriptions`, {
      headers: { Accept: 'application/json' },
    });
    expect(response.status).toBe(403);
  });
});
