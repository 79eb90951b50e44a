// Stores connected while webhooks were off (or before this version) are subscribed when the gateway starts:
// two instances starting together on one database make one subscription between them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const options = { db: first.db, mock: first.mock, adminExists: true, webhooks: true };
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
});
