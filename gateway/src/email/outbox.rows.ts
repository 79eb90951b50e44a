// How an outbox message maps to its row in `email_outbox` (recipient, from_header, html_body, text_body; the
// sender and the delivery copy as jsonb), and the columns a list reads (everything but the bodies).
import type { Insertable, Selectable } from 'kysely';
import type { EmailOutboxTable } from '../db/schema.ts';
import type { TemplateName } from './email.templates.ts';
import type { OutboxEntry, OutboxRecord, OutboxStatus } from './outbox.repo.ts';

export function toEntry(
  row: Omit<Selectable<EmailOutboxTable>, 'htmlBody' | 'textBody' | 'delivery'>,
): OutboxEntry {
  return {
    id: row.id,
    storeId: row.storeId,
    template: row.template as TemplateName,
    to: row.recipient,
    from: row.fromHeader,
    sender: row.sender,
    subject: row.subject,
    status: row.status as OutboxStatus,
    attempts: row.attempts,
    lastError: row.lastError,
    nextAttemptAt: row.nextAttemptAt,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    messageId: row.messageId,
  };
}

export const toRecord = (row: Selectable<EmailOutboxTable>): OutboxRecord => ({
  ...toEntry(row),
  html: row.htmlBody,
  text: row.textBody,
  delivery: row.delivery,
});

export const ENTRY_COLUMNS = [
  'id',
  'storeId',
  'template',
  'recipient',
  'fromHeader',
  'sender',
  'subject',
  'status',
  'attempts',
  'lastError',
  'nextAttemptAt',
  'createdAt',
  'sentAt',
  'messageId',
  'seq',
] as const;

/** The columns an attempt changes. */
export const outcomeOf = (record: OutboxRecord) => ({
  status: record.status,
  lastError: record.lastError,
  nextAttemptAt: record.nextAttemptAt,
  sentAt: record.sentAt,
  messageId: record.messageId,
  delivery: record.delivery && JSON.stringify(record.delivery),
});

export const toRow = (record: OutboxRecord): Insertable<EmailOutboxTable> => ({
  id: record.id,
  storeId: record.storeId,
  template: record.template,
  recipient: record.to,
  fromHeader: record.from,
  sender: JSON.stringify(record.sender),
  subject: record.subject,
  htmlBody: record.html,
  textBody: record.text,
  attempts: record.attempts,
  createdAt: record.createdAt,
  ...outcomeOf(record),
});
