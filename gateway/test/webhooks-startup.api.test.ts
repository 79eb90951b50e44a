// Stores connected while webhooks were off (or before this version) are subscribed when the gateway starts:
// two instances starting together on one database make one subscription between them; a store subscribed by an
// earlier version to fewer events gets its subscription replaced by one to every event followed now; one made
// before migration 0007 gets its account recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBSCRIBED_EVENTS } from '../src/webhooks/subscriber.ts';
import { createWebhooksRepo } from '../src/webhooks/webhooks.repo.ts';
import { type RunningGateway, startGateway } from './harness.ts';

let first: RunningGateway;
let storeId: string;

beforeAll(async () => {
  first = await startGateway();
  const created = await first.request('POST', '/admin/stores', {
    token: await first.loginAdmin(),
    body: { name: 'Older Store', adminEmail: 'orders@older.example', unleashed: first.unleashed },
  });
  expect(created.status).toBe(201);
  storeId = created.body.id;
});
afterAll(() => first?.close());

describe('subscribing at start', () => {
  it('when two instances start on a store that has no subscription, then it gets exactly one', async () => {
    // Behind one public address, as instances of one portal are (each on its own address, each would take the
    // subscription over from the other as not its own).
    const publicBaseUrl = 'https://portal.example';
    const options = { db: first.db, mock: first.mock, adminExists: true, webhooks: true, publicBaseUrl };
    const [a, b] = await Promise.all([startGateway(options), startGateway(options)]);
    try {
      const admin = await a.loginAdmin();
      expect(
        (await a.request('GET', `/admin/stores/${storeId}/webhooks`, { token: admin })).body.subscription
          .state,
      ).toBe('none');
      await Promise.all([a.gateway.start(), b.gateway.start()]);
      await expect
        .poll(
          async () =>
            (await a.request('GET', `/admin/stores/${storeId}/webhooks`, { token: admin })).body.subscription
              .state,
          {
            timeout: 10_000,
          },
        )
        .toBe('subscribed');
      const subscriptions = (await first.mock.control('GET', '/__control/webhooks')).body.subscriptions;
      expect(subscriptions).toHaveLength(1);
      expect(subscriptions[0].notificationUrl).toMatch(new RegExp(`/webhooks/unleashed/${storeId}$`));
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('when a store was subscribed by an earlier version to fewer events, then at start its subscription is replaced by one to every event followed now', async () => {
    const older = SUBSCRIBED_EVENTS.filter((type) => !type.endsWith('.deleted'));
    const repo = createWebhooksRepo(first.db);
    const held = await repo.getSubscription(storeId);
    if (!held?.subscriptionId) throw new Error('the first case left no subscription');
    // As the earlier version left it: the same subscription, to the events it followed then.
    await repo.saveSubscription({ ...held, eventTypes: older });
    expect(
      (await first.mock.call('PUT', `/Webhooks/Subscriptions/${held.subscriptionId}`, { eventTypes: older }))
        .status,
    ).toBe(200);

    const restarted = await startGateway({
      db: first.db,
      mock: first.mock,
      adminExists: true,
      webhooks: true,
    });
    try {
      await restarted.gateway.start();
      const mine = async () => (await first.mock.control('GET', '/__control/webhooks')).body.subscriptions;
      await expect
        .poll(async () => (await mine()).map((s: { eventTypes: string[] }) => [...s.eventTypes].sort()), {
          timeout: 10_000,
        })
        .toEqual([[...SUBSCRIBED_EVENTS].sort()]);
      expect((await mine())[0].subscriptionId).not.toBe(held.subscriptionId);
      const admin = await restarted.loginAdmin();
      const view = (await restarted.request('GET', `/admin/stores/${storeId}/webhooks`, { token: admin }))
        .body;
      expect(view.subscription).toMatchObject({
        state: 'subscribed',
        subscriptionId: (await mine())[0].subscriptionId,
      });
      expect([...view.subscription.eventTypes].sort()).toEqual([...SUBSCRIBED_EVENTS].sort());
    } finally {
      await restarted.close();
    }
  });

  it('when a subscription was made before its account was recorded (migration 0007), then at start the account is recorded, the subscription kept', async () => {
    const repo = createWebhooksRepo(first.db);
    const held = await repo.getSubscription(storeId);
    if (!held?.subscriptionId || !held.account) throw new Error('the earlier cases left no subscription');
    await repo.saveSubscription({ ...held, account: null });

    // The same public address as before, so the subscription is still the store's own.
    const publicBaseUrl = held.notificationUrl?.replace(`/webhooks/unleashed/${storeId}`, '');
    const options = { db: first.db, mock: first.mock, adminExists: true, webhooks: true, publicBaseUrl };
    const restarted = await startGateway(options);
    try {
      await restarted.gateway.start();
      await expect
        .poll(async () => (await repo.getSubscription(storeId))?.account?.apiId ?? null, { timeout: 10_000 })
        .toBe(first.unleashed.apiId);
      const now = await repo.getSubscription(storeId);
      expect(now).toMatchObject({ subscriptionId: held.subscriptionId, state: 'subscribed' });
      expect(now?.account?.baseUrl).toBe(held.account.baseUrl);
      const subscriptions = (await first.mock.control('GET', '/__control/webhooks')).body.subscriptions;
      expect(subscriptions.map((s: { subscriptionId: string }) => s.subscriptionId)).toEqual([
        held.subscriptionId,
      ]);
    } finally {
      await restarted.close();
    }
  });
});
