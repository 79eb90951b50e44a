// The outbox (B6): every email a store sends, stored before the first delivery attempt so nothing is lost when
// the SMTP server is down. `html`/`text` are the copy the admin reads (secrets masked); `delivery` holds the
// real body of a message with secrets until it is sent or has failed for good, then it is dropped.
import type { CollectionBackend } from '../storage/collections.ts';
import type { TemplateName } from './email.templates.ts';

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

export interface OutboxRepo {
  get(id: string): Promise<OutboxRecord | undefined>;
  save(record: OutboxRecord): Promise<void>;
  /** A store's messages, newest first, optionally of one status. */
  listByStore(storeId: string, status?: OutboxStatus): Promise<OutboxRecord[]>;
  /** Messages whose attempt is due at `now` (queued, or sending with a lapsed claim), oldest due first. */
  listDue(now: Date): Promise<OutboxRecord[]>;
  /** Removes sent and failed messages created before `before`; returns how many. */
  pruneFinishedBefore(before: Date): Promise<number>;
  count(): Promise<number>;
}

const due = (record: OutboxRecord, now: Date) =>
  (record.status === 'queued' || record.status === 'sending') &&
  record.nextAttemptAt !== null &&
  new Date(record.nextAttemptAt) <= now;

/** The repository over the embedded storage (concern `email`). */
export async function createOutboxRepo(backend: CollectionBackend): Promise<OutboxRepo> {
  const outbox = await backend.collection<OutboxRecord>('email', 'outbox');
  return {
    get: async (id) => outbox.get(id),
    save: (record) => outbox.put(record),
    listByStore: async (storeId, status) =>
      outbox
        .all()
        .filter((r) => r.storeId === storeId && (status === undefined || r.status === status))
        .reverse()
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    listDue: async (now) =>
      outbox
        .all()
        .filter((r) => due(r, now))
        .sort((a, b) => (a.nextAttemptAt ?? '').localeCompare(b.nextAttemptAt ?? '')),
    pruneFinishedBefore: async (before) => {
      const cutoff = before.toISOString();
      const old = outbox
        .all()
        .filter((r) => (r.status === 'sent' || r.status === 'failed') && r.createdAt < cutoff);
      return old.length > 0 ? outbox.remove(...old.map((r) => r.id)) : 0;
    },
    count: async () => outbox.all().length,
  };
}
