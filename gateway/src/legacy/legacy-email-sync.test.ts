// The email and sync records of an earlier version arrive in their tables: a cursor saved before fullReadAt
// existed, runs started at one instant in the order they were made, an outbox message and a store's template.
import { afterAll, expect, it } from 'vitest';
import { freshDatabase } from '../../test/database.ts';
import { createEmailTemplatesRepo } from '../email/email-templates.repo.ts';
import { createOutboxRepo } from '../email/outbox.repo.ts';
import { createLogger } from '../http/logging.ts';
import { newRun } from '../sync/run-record.ts';
import { createSyncRepo } from '../sync/sync.repo.ts';
import type { SyncRun } from '../sync/sync.types.ts';
import { MemoryBackend } from './collections.ts';
import { legacyCollections } from './legacy-collections.ts';
import { importLegacyData } from './legacy-import.ts';

const target = await freshDatabase();
afterAll(() => target.drop());

it('old email and sync records are imported through their repositories', async () => {
  const old = new MemoryBackend();
  const at = '2026-10-01T00:00:00.000Z';
  const cursor = { id: 's:stock:MAIN', storeId: 's', resource: 'stock', partition: 'MAIN' };
  const times = { modifiedSince: at, resumeFrom: null, succeededAt: at, updatedAt: at };
  await (await old.collection('sync', 'cursors')).put({ ...cursor, ...times });
  const runs = await old.collection<SyncRun>('sync', 'runs');
  await runs.put({ ...newRun('zz-first', 's', 'manual', at), status: 'succeeded', finishedAt: at });
  await runs.put({ ...newRun('aa-second', 's', 'manual', at), status: 'succeeded', finishedAt: at });
  const message = {
    id: 'm-1',
    storeId: 's',
    template: 'order-status-changed' as const,
    to: 'ann@buyer.example',
    from: '"Demo Store" <no-reply@portal.example>',
    sender: { name: 'Demo Store', address: 'no-reply@portal.example' },
    subject: 'Order SO-1: Confirmed',
    html: '<p>Confirmed</p>',
    text: 'Confirmed',
    delivery: null,
    status: 'sent' as const,
    attempts: 1,
    lastError: null,
    nextAttemptAt: null,
    createdAt: at,
    sentAt: at,
    messageId: '<m-1@portal.example>',
  };
  await (await old.collection('email', 'outbox')).put(message);
  const template = { id: 's', subject: 'Join {Brand Name}', body: '{Accept Link}', updatedAt: at };
  await (await old.collection('email', 'invitation-templates')).put(template);

  const { db } = target;
  expect(await importLegacyData(db, old, legacyCollections(db), createLogger('silent'))).toBe(5);
  const sync = createSyncRepo(db);
  expect(await sync.getCursor('s', 'stock', 'MAIN')).toEqual({ ...cursor, ...times, fullReadAt: null });
  expect((await sync.listRuns('s', 10)).map((run) => run.id)).toEqual(['aa-second', 'zz-first']);
  expect(await createOutboxRepo(db).get('m-1')).toEqual(message);
  expect(await createEmailTemplatesRepo(db).get('s', 'invitation')).toEqual({
    storeId: 's',
    template: 'invitation',
    subject: template.subject,
    body: template.body,
    updatedAt: at,
  });
});
