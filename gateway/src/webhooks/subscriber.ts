// Each store's webhook subscription (issue 13): made when the store is connected or reconnected (and at start
// for a store lacking one), as a job, so one instance does it and a failure is retried. The subscriber is
// idempotent: it keeps the subscription it holds the signing key of, removes stale ones of its own (another URL,
// other event types, a key it no longer has), and makes one only when none is left, within Unleashed's
// 5-per-account limit. When it cannot subscribe the store still works by polling; the admin sees why.
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import type { JobEngine } from '../jobs/job-engine.ts';
import { stableJobId } from '../jobs/stable-id.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { Store } from '../stores/stores.types.ts';
import { UnleashedHttpError } from '../unleashed/client.ts';
import type { UnleashedClientFactory } from '../unleashed/client-factory.ts';
import { MAX_SUBSCRIPTIONS_PER_ACCOUNT, type WebhookEventType } from '../unleashed/webhook-protocol.ts';
import {
  createSubscription,
  deleteSubscription,
  listSubscriptions,
} from '../unleashed/webhook-subscriptions.ts';
import { accountOf, movedAccount, recheckLeftBehind, removeFromOldAccount } from './previous-account.ts';
import type { WebhooksRepo } from './webhooks.repo.ts';
import type { StoredSubscription } from './webhooks.types.ts';

export const SUBSCRIBE_QUEUE = 'webhook-subscribe';

/** What the store follows; deletions too, which the sync never sees (it reads obsolete records only). */
export const SUBSCRIBED_EVENTS: WebhookEventType[] = [
  'customer.created',
  'customer.updated',
  'customer.deleted',
  'product.created',
  'product.updated',
  'product.deleted',
  'salesorder.updated',
  'salesorder.completed',
];

export interface SubscriberDeps {
  db: PortalDb;
  jobs: JobEngine;
  repo: WebhooksRepo;
  secrets: SecretBox;
  clientFor: UnleashedClientFactory;
  clock: Clock;
  stores: { find(id: string): Promise<Store | undefined> };
  /** The gateway's public base URL, without a trailing slash. */
  baseUrl: string;
}

const describe = (storeId: string) => `B2B portal store ${storeId}`;
const sameTypes = (a: readonly string[]) =>
  a.length === SUBSCRIBED_EVENTS.length && SUBSCRIBED_EVENTS.every((t) => a.includes(t));

export function createSubscriber(deps: SubscriberDeps) {
  const { repo } = deps;
  const urlOf = (storeId: string) => `${deps.baseUrl}/webhooks/unleashed/${storeId}`;

  const blank = (store: Store): Omit<StoredSubscription, 'storeId'> => ({
    state: 'pending',
    subscriptionId: null,
    notificationUrl: urlOf(store.id),
    eventTypes: SUBSCRIBED_EVENTS,
    signingKey: null,
    error: null,
    account: null,
    leftBehind: null,
    connectedAt: store.unleashed.connectedAt,
    checkedAt: deps.clock.now().toISOString(),
  });

  /** Writes only these fields (one statement), with the connection and time of this check. */
  async function record(store: Store, fields: Partial<StoredSubscription>): Promise<void> {
    const { connectedAt, checkedAt } = blank(store);
    await repo.recordSubscription(store.id, { ...fields, connectedAt, checkedAt }, blank(store));
  }

  /** Brings the store's subscription in line; throws (to be retried) only when Unleashed could not be reached. */
  async function ensure(store: Store): Promise<void> {
    const client = deps.clientFor(store);
    const url = urlOf(store.id);
    let held = await repo.getSubscription(store.id);
    const moved = movedAccount(store, held);
    if (held && moved) {
      // The store moved account: its subscription there is not the store's any more (reconnect, issue 13).
      const leftBehind = (await removeFromOldAccount(deps.clientFor, store, held)) ?? null;
      const cleared = { subscriptionId: null, signingKey: null, account: null, leftBehind };
      await record(store, { state: 'pending', ...cleared });
      held = await repo.getSubscription(store.id);
    }
    try {
      const all = await listSubscriptions(client);
      const ours = all.filter((s) => s.description === describe(store.id) || s.notificationUrl === url);
      if (held?.leftBehind && !moved) {
        const listed = all.map((s) => s.subscriptionId);
        const leftBehind = await recheckLeftBehind(deps.clientFor, store, held.leftBehind, listed);
        await record(store, { leftBehind });
      }
      const keep = ours.find(
        (s) =>
          s.subscriptionId === held?.subscriptionId &&
          held.signingKey !== null &&
          s.notificationUrl === url &&
          s.isActive &&
          sameTypes(s.eventTypes),
      );
      for (const stale of ours.filter((s) => s !== keep))
        await deleteSubscription(client, stale.subscriptionId);
      if (keep) {
        await record(store, { state: 'subscribed', error: null, account: accountOf(store) });
        return;
      }
      if (all.length - ours.length >= MAX_SUBSCRIPTIONS_PER_ACCOUNT) {
        const detail = `The Unleashed account has ${MAX_SUBSCRIPTIONS_PER_ACCOUNT} webhook subscriptions already (the most it allows); remove one in Unleashed and reconnect the store. Until then changes arrive with the scheduled sync.`;
        await record(store, { state: 'failed', subscriptionId: null, signingKey: null, error: detail });
        return;
      }
      const made = await createSubscription(client, {
        notificationUrl: url,
        eventTypes: SUBSCRIBED_EVENTS,
        description: describe(store.id),
      });
      await record(store, {
        state: 'subscribed',
        subscriptionId: made.subscriptionId,
        notificationUrl: url,
        eventTypes: SUBSCRIBED_EVENTS,
        signingKey: deps.secrets.seal(made.signingKey).sealed,
        error: null,
        account: accountOf(store),
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await record(store, {
        state: 'failed',
        error: `Could not subscribe to Unleashed webhooks: ${message}. Changes arrive with the scheduled sync meanwhile.`,
      });
      if (error instanceof UnleashedHttpError && error.transient) throw error;
    }
  }

  return {
    async start(): Promise<void> {
      await deps.jobs.defineQueue(SUBSCRIBE_QUEUE, {
        retryLimit: 8,
        retryDelaySeconds: 5,
        retryBackoff: true,
        expireInSeconds: 120,
      });
      await deps.jobs.work<{ storeId: string }>(SUBSCRIBE_QUEUE, async ({ storeId }) => {
        // One instance at a time per store: two runs at once could each make a subscription.
        await deps.db.exclusive(`webhook-subscribe:${storeId}`, async () => {
          const store = await deps.stores.find(storeId);
          if (store) await ensure(store);
        });
      });
    },
    /**
     * Queues a check of the store's subscription unless it was made for this connection, works, has its account
     * recorded (subscriptions made before migration 0007 have none) and left nothing behind in another account.
     */
    async follow(store: Store): Promise<void> {
      const held = await repo.getSubscription(store.id);
      // A store subscribed before the events it follows changed is checked again (the subscription is replaced).
      const current =
        held?.connectedAt === store.unleashed.connectedAt &&
        held.notificationUrl === urlOf(store.id) &&
        sameTypes(held.eventTypes);
      const settled = current && held.account !== null && held.leftBehind === null;
      if (settled && held.state === 'subscribed') return;
      if (!held) await repo.createSubscriptionIfMissing({ storeId: store.id, ...blank(store) });
      // The same id for the same decision on every instance; a failed or unsettled check is tried again later.
      const attempt = current && (held.state === 'failed' || !settled) ? (held.checkedAt ?? '') : '';
      await deps.jobs.send(
        SUBSCRIBE_QUEUE,
        { storeId: store.id },
        {
          id: stableJobId(
            SUBSCRIBE_QUEUE,
            ...[store.id, store.unleashed.connectedAt, urlOf(store.id), SUBSCRIBED_EVENTS.join(','), attempt],
          ),
        },
      );
    },
  };
}
