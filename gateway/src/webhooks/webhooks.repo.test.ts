// The subscription row on both databases, as two instances write it: the first check's placeholder never
// replaces a subscription another instance recorded meanwhile, and a write changes only the fields it names.
import { describe, expect, it } from 'vitest';
import { onEachDatabase } from '../../test/databases.ts';
import { createWebhooksRepo } from './webhooks.repo.ts';
import type { StoredSubscription } from './webhooks.types.ts';

const pending = (storeId: string): StoredSubscription => ({
  storeId,
  state: 'pending',
  subscriptionId: null,
  notificationUrl: `https://portal.example/webhooks/unleashed/${storeId}`,
  eventTypes: ['customer.updated'],
  signingKey: null,
  connectedAt: '2026-12-01T00:00:00.000Z',
  error: null,
  checkedAt: '2026-12-01T00:00:00.000Z',
  account: null,
  leftBehind: null,
});

describe('the webhook subscription repository', () => {
  onEachDatabase((db) => {
    it('when an instance queues its first check after another recorded the subscription, then the subscription stays', async () => {
      const repo = createWebhooksRepo(db());
      await repo.createSubscriptionIfMissing(pending('s1'));
      await repo.recordSubscription(
        's1',
        { state: 'subscribed', subscriptionId: 'sub-1', signingKey: 'sealed-key' },
        pending('s1'),
      );
      await repo.createSubscriptionIfMissing(pending('s1'));
      expect(await repo.getSubscription('s1')).toMatchObject({
        state: 'subscribed',
        subscriptionId: 'sub-1',
        signingKey: 'sealed-key',
      });
    });

    it('when a check records its outcome, then only the fields it names change (and a store without a row gets one)', async () => {
      const repo = createWebhooksRepo(db());
      const account = { apiId: 'api-1', baseUrl: 'https://api.example', apiKey: { sealed: 'k' } };
      await repo.recordSubscription(
        's2',
        { state: 'subscribed', subscriptionId: 'sub-2', account },
        pending('s2'),
      );
      await repo.recordSubscription(
        's2',
        { error: 'slow', checkedAt: '2026-12-02T00:00:00.000Z' },
        pending('s2'),
      );
      expect(await repo.getSubscription('s2')).toMatchObject({
        state: 'subscribed',
        subscriptionId: 'sub-2',
        account,
        eventTypes: ['customer.updated'],
        error: 'slow',
      });
      await repo.countRejected('s2', '2026-12-02T01:00:00.000Z', 'bad signature');
      await repo.saveSubscription({ ...pending('s2'), state: 'failed' });
      expect((await repo.rejectionsOf('s2')).count).toBe(1);
    });
  });
});
