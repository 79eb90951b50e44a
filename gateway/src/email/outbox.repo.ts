// The outbox (B6, table `email_outbox`): every email a store sends, stored before the first delivery attempt so
// nothing is lost when the SMTP server is down. `html`/`text` are the copy the admin reads (secrets masked);
// `delivery` holds the real body of a message with secrets until it is sent or has failed for good, then it is
// dropped. Several gateway processes share the table: an attempt starts with an atomic claim.
import { sql } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import type { TemplateName } from './email.templates.ts';
import { ENTRY_COLUMNS, outcomeOf, toEntry, toRecord, toRow } from './outbox.rows.ts';

export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxRecord {
  id: string;
  storeId: string;
  template: TemplateName;
  to: string;
  /** The From header, e.g. `"Demo Store" <no-reply@portal.example>`. */
  from: string;
  /** The same sender as name and address, for delivery. */
  sender: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  /** The body actually sent, when it differs from html/text (it carries a token); null otherwise or after. */
  delivery: { html: string; text: string } | null;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  /** When the next attempt is due (queued), or when a `sending` claim lapses; null when sent or failed. */
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
  /** The Message-ID the SMTP server accepted, once sent. */
  messageId: string | null;
}

/** A message without its bodies (lists). */
export type OutboxEntry = Omit<OutboxRecord, 'html' | 'text' | 'delivery'>;

export interface OutboxRepo {
  get(id: string): Promise<OutboxRecord | undefined>;
  save(record: OutboxRecord): Promise<void>;
  /** A page of a store's messages, newest first (ties: the later made first), optionally of one status. */
  listByStore(
    storeId: string,
    query: { status?: OutboxStatus; limit: number; offset: number },
  ): Promise<{ items: OutboxEntry[]; total: number }>;
  /** Messages whose attempt is due at `now` (queued, or sending with a lapsed claim), oldest due first. */
  listDue(now: Date, limit?: number): Promise<OutboxEntry[]>;
  /**
   * Claims a message for one attempt if it is still due at `now`: `sending`, attempts + 1, the claim lapsing at
   * `until`. One statement, so of several processes racing for a message exactly one gets it (undefined else).
   */
  claim(id: string, now: Date, until: Date): Promise<OutboxRecord | undefined>;
  /**
   * Records the outcome of an attempt (status, attempts, error, next attempt, sent time, delivery copy) unless
   * its claim was lost: the message is no longer `sending` with the claim's attempt count (by default the
   * record's); false then.
   */
  settle(record: OutboxRecord, claimedAttempts?: number): Promise<boolean>;
  /**
   * Moves a queued message's next attempt to `until` without spending an attempt (the SMTP server is down);
   * only later, never sooner. Returns the message's new pending state, or undefined when it was not queued.
   */
  postpone(
    id: string,
    until: Date,
  ): Promise<Pick<OutboxRecord, 'id' | 'attempts' | 'nextAttemptAt'> | undefined>;
  /** Removes sent and failed messages created before `before`; returns how many. */
  pruneFinishedBefore(before: Date): Promise<number>;
}

/** The predicate of the partial index `email_outbox_due`, spelled as in the migration so the planner uses it. */
const PENDING = sql<boolean>`status IN ('queued', 'sending')`;

export function createOutboxRepo(db: PortalDb): OutboxRepo {
  return {
    get: async (id) => {
      const row = await db.q.selectFrom('emailOutbox').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },
    save: async (record) => {
      const { id, ...changes } = toRow(record);
      await db.q
        .insertInto('emailOutbox')
        .values({ id, ...changes })
        .onConflict((oc) => oc.column('id').doUpdateSet(changes))
        .execute();
    },
    listByStore: async (storeId, { status, limit, offset }) => {
      let ofStore = db.q.selectFrom('emailOutbox').where('storeId', '=', storeId);
      if (status !== undefined) ofStore = ofStore.where('status', '=', status);
      const [rows, counted] = await Promise.all([
        ofStore
          .select(ENTRY_COLUMNS)
          .orderBy('createdAt', 'desc')
          .orderBy('seq', 'desc')
          .limit(limit)
          .offset(offset)
          .execute(),
        ofStore.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toEntry), total: Number(counted.total) };
    },
    listDue: async (now, limit = 500) =>
      (
        await db.q
          .selectFrom('emailOutbox')
          .select(ENTRY_COLUMNS)
          .where(PENDING)
          .where('nextAttemptAt', '<=', now.toISOString())
          .orderBy('nextAttemptAt')
          .orderBy('seq')
          .limit(limit)
          .execute()
      ).map(toEntry),
    claim: async (id, now, until) => {
      const row = await db.q
        .updateTable('emailOutbox')
        .set((eb) => ({
          status: 'sending',
          attempts: eb('attempts', '+', 1),
          nextAttemptAt: until.toISOString(),
        }))
        .where('id', '=', id)
        .where(PENDING)
        .where('nextAttemptAt', '<=', now.toISOString())
        .returningAll()
        .executeTakeFirst();
      return row && toRecord(row);
    },
    settle: async (record, claimedAttempts = record.attempts) => {
      const result = await db.q
        .updateTable('emailOutbox')
        .set({ ...outcomeOf(record), attempts: record.attempts })
        .where('id', '=', record.id)
        .where('status', '=', 'sending')
        .where('attempts', '=', claimedAttempts)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    postpone: async (id, until) =>
      db.q
        .updateTable('emailOutbox')
        .set({ nextAttemptAt: until.toISOString() })
        .where('id', '=', id)
        .where('status', '=', 'queued')
        .where('nextAttemptAt', '<', until.toISOString())
        .returning(['id', 'attempts', 'nextAttemptAt'])
        .executeTakeFirst(),
    pruneFinishedBefore: async (before) => {
      const result = await db.q
        .deleteFrom('emailOutbox')
        .where(sql<boolean>`status IN ('sent', 'failed')`)
        .where('createdAt', '<', before.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
