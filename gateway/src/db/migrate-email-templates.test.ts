// Migration 0016 (issue 16 item 9): a database at the previous version with a store's edited invitation keeps
// that invitation, now as the store's `invitation` row of email_templates, and the old table is gone.
import { readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { dropSchema, newSchemaName, TEST_DATABASE_URL } from '../../test/database.ts';
import { createEmailTemplatesRepo } from '../email/email-templates.repo.ts';
import { openDatabase } from './connect.ts';
import { MIGRATIONS_DIR, migrateTo, migrateToLatest } from './migrate.ts';

const versions = readdirSync(MIGRATIONS_DIR)
  .filter((name) => /^\d{4}-.*\.ts$/.test(name))
  .sort()
  .map((name) => name.replace(/\.ts$/, ''));
const previous = versions[versions.findIndex((name) => name.endsWith('-email-templates')) - 1];
const schema = newSchemaName('mig');
const db = await openDatabase({ url: TEST_DATABASE_URL, schema, poolSize: 2 });
afterAll(async () => {
  await db.close();
  await dropSchema(schema);
});

it('when a database at the previous version holds edited invitations, then the upgrade moves them to email_templates', async () => {
  if (!previous) throw new Error('no migration before the email templates one');
  await migrateTo(db, previous);
  await sql`INSERT INTO invitation_templates (store_id, subject, body, updated_at) VALUES
      ('s1', 'Join {Brand Name}', 'Hi {First Name}\n\n{Accept Link}', '2026-10-01T00:00:00Z'),
      ('s2', 'Welcome', '{Accept Link}', '2026-10-02T00:00:00Z')`.execute(db.q);

  await migrateToLatest(db);

  const repo = createEmailTemplatesRepo(db);
  expect(await repo.list('s1')).toEqual([
    {
      storeId: 's1',
      template: 'invitation',
      subject: 'Join {Brand Name}',
      body: 'Hi {First Name}\n\n{Accept Link}',
      updatedAt: '2026-10-01T00:00:00.000Z',
    },
  ]);
  expect((await repo.get('s2', 'invitation'))?.subject).toBe('Welcome');
  const old = await sql<{
    name: string | null;
  }>`SELECT to_regclass('invitation_templates')::text AS name`.execute(db.q);
  expect(old.rows[0]?.name).toBeNull();
});
