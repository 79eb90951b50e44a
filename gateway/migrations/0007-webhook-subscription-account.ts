// Webhook subscriptions remember the Unleashed account they were made in (its id, address and sealed key), so
// that when a store is reconnected to another account the old subscription can be removed there, and a note
// of one that could not be removed, for the admin (issue 13).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw('ALTER TABLE webhook_subscriptions ADD COLUMN account jsonb, ADD COLUMN left_behind jsonb')
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE webhook_subscriptions DROP COLUMN account, DROP COLUMN left_behind').execute(db);
}
