// Every email the store sends is editable (issue 16 item 9): one table of the stores' edited subjects and bodies,
// keyed by store and template, replacing the invitation-only table; its rows move over as `invitation`.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE email_templates (
     store_id text NOT NULL,
     template text NOT NULL,
     subject text NOT NULL,
     body text NOT NULL,
     updated_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, template))`.execute(db);
  await sql`INSERT INTO email_templates (store_id, template, subject, body, updated_at)
     SELECT store_id, 'invitation', subject, body, updated_at FROM invitation_templates`.execute(db);
  await sql`DROP TABLE invitation_templates`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE invitation_templates (
     store_id text PRIMARY KEY, subject text NOT NULL, body text NOT NULL, updated_at timestamptz NOT NULL)`.execute(
    db,
  );
  await sql`INSERT INTO invitation_templates (store_id, subject, body, updated_at)
     SELECT store_id, subject, body, updated_at FROM email_templates WHERE template = 'invitation'`.execute(
    db,
  );
  await sql`DROP TABLE email_templates`.execute(db);
}
