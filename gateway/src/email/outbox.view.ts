// What the admin sees of the outbox (B6): summaries for the list, the message with its rendered body for the
// detail. The delivery copy (with working accept links) and the sender's parts never leave the domain.
import type { OutboxEntry, OutboxRecord } from './outbox.repo.ts';

/** One message as the admin reads it: recipient, template, status, attempts and the rendered body. */
export type OutboxMessage = Omit<OutboxRecord, 'delivery' | 'sender'>;

/** A message in the outbox list (no body). */
export type OutboxSummary = Omit<OutboxMessage, 'html' | 'text'>;

/** A page of the outbox, newest first. */
export interface OutboxPage {
  items: OutboxSummary[];
  page: number;
  pageSize: number;
  total: number;
  /** Days sent and failed messages are kept; null = kept for good (B6). */
  retentionDays: number | null;
}

/** The admin's view of a record. */
export function toMessage(record: OutboxRecord): OutboxMessage {
  const { delivery: _delivery, sender: _sender, ...message } = record;
  return message;
}

/** The list entry of a message read without its bodies. */
export function toSummary(entry: OutboxEntry): OutboxSummary {
  const { sender: _sender, ...summary } = entry;
  return summary;
}
