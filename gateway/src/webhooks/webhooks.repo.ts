// Webhook persistence: one subscription row per store (`webhook_subscriptions`) and the events received
// (`webhook_events`, one row per store and event id: the insert that finds the id taken is the dedupe).
import type { Insertable, Selectable } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import type { WebhookEventsTable, WebhookSubscriptionsTable } from '../db/schema.ts';
import { selectStoreRows } from '../db/store-rows.ts';
import type { StoredEvent, StoredSubscription, WebhookEventRecord } from './webhooks.types.ts';

const toSubscription = (row: Selectable<WebhookSubscriptionsTable>): StoredSubscription => ({
  storeId: row.storeId,
  state: row.state as StoredSubscription['state'],
  subscriptionId: row.subscriptionId,
  notificationUrl: row.notificationUrl,
  eventTypes: row.eventTypes,
  signingKey: row.signingKey,
  connectedAt: row.connectedAt,
  error: row.error,
  checkedAt: row.checkedAt,
  account: row.account,
  leftBehind: row.leftBehind,
});

const toEvent = (row: Selectable<WebhookEventsTable>): StoredEvent => ({
  storeId: row.storeId,
  eventId: row.eventId,
  eventType: row.eventType,
  resourceGuid: row.resourceGuid,
  receivedAt: row.receivedAt,
  appliedAt: row.appliedAt,
  outcome: row.outcome as WebhookEventRecord['outcome'],
  detail: row.detail,
});

export type WebhooksRepo = ReturnType<typeof createWebhooksRepo>;

type SubscriptionFields = Omit<StoredSubscription, 'storeId'>;

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
const toColumns = ({ eventTypes, account, leftBehind, ...plain }: Partial<SubscriptionFields>) => ({
  ...plain,
  ...(eventTypes !== undefined && { eventTypes: JSON.stringify(eventTypes) }),
  ...(account !== undefined && { account: json(account) }),
  ...(leftBehind !== undefined && { leftBehind: json(leftBehind) }),
});

export function createWebhooksRepo(db: PortalDb) {
  async function upsert(storeId: string, fields: Partial<SubscriptionFields>, initial: SubscriptionFields) {
    await db.q
      .insertInto('webhookSubscriptions')
      .values({ ...toColumns({ ...initial, ...fields }), storeId } as Insertable<WebhookSubscriptionsTable>)
      .onConflict((oc) => oc.column('storeId').doUpdateSet(toColumns(fields)))
      .execute();
  }

  return {
    async getSubscription(storeId: string): Promise<StoredSubscription | undefined> {
      const row = await selectStoreRows(db, 'webhookSubscriptions', storeId).executeTakeFirst();
      return row && toSubscription(row);
    },
    /** Saves what the subscriber found or made; the rejected-delivery counts are left as they are. */
    async saveSubscription({ storeId, ...sub }: StoredSubscription): Promise<void> {
      await upsert(storeId, sub, sub);
    },
    /**
     * Writes only the given fields in one statement (creating the row from `initial` when the store has none),
     * so a writer on another instance never puts back a copy it read earlier.
     */
    recordSubscription: upsert,
    /** Creates the store's row unless it has one (a row another instance wrote meanwhile is kept as it is). */
    async createSubscriptionIfMissing({ storeId, ...sub }: StoredSubscription): Promise<void> {
      await db.q
        .insertInto('webhookSubscriptions')
        .values({ ...toColumns(sub), storeId } as Insertable<WebhookSubscriptionsTable>)
        .onConflict((oc) => oc.column('storeId').doNothing())
        .execute();
    },
    async rejectionsOf(storeId: string) {
      const row = await db.q
        .selectFrom('webhookSubscriptions')
        .select(['rejectedCount', 'rejectedAt', 'rejectedReason'])
        .where('storeId', '=', storeId)
        .executeTakeFirst();
      return {
        count: row?.rejectedCount ?? 0,
        lastAt: row?.rejectedAt ?? null,
        lastReason: row?.rejectedReason ?? null,
      };
    },
    /** Counts a delivery refused for its signature (the admin sees it; nothing else changes). */
    async countRejected(storeId: string, at: string, reason: string): Promise<void> {
      await db.q
        .updateTable('webhookSubscriptions')
        .set((eb) => ({
          rejectedCount: eb('rejectedCount', '+', 1),
          rejectedAt: at,
          rejectedReason: reason,
        }))
        .where('storeId', '=', storeId)
        .execute();
    },
    /** Stores the event unless its id was received before; true when it is new. */
    async insertEvent(event: StoredEvent & { createdOn: string | null }): Promise<boolean> {
      const inserted = await db.q
        .insertInto('webhookEvents')
        .values(event)
        .onConflict((oc) => oc.columns(['storeId', 'eventId']).doNothing())
        .returning('eventId')
        .executeTakeFirst();
      return inserted !== undefined;
    },
    async getEvent(storeId: string, eventId: string): Promise<StoredEvent | undefined> {
      const row = await selectStoreRows(db, 'webhookEvents', storeId)
        .where('eventId', '=', eventId)
        .executeTakeFirst();
      return row && toEvent(row);
    },
    async recordOutcome(
      storeId: string,
      eventId: string,
      outcome: WebhookEventRecord['outcome'],
      detail: string,
      appliedAt: string | null,
    ): Promise<void> {
      await db.q
        .updateTable('webhookEvents')
        .set({ outcome, detail, appliedAt })
        .where('storeId', '=', storeId)
        .where('eventId', '=', eventId)
        .execute();
    },
    /** The store's events, newest first. */
    async listEvents(storeId: string, limit: number): Promise<StoredEvent[]> {
      const rows = await selectStoreRows(db, 'webhookEvents', storeId)
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toEvent);
    },
    async countFailed(storeId: string): Promise<number> {
      const row = await db.q
        .selectFrom('webhookEvents')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('storeId', '=', storeId)
        .where('outcome', '=', 'failed')
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
