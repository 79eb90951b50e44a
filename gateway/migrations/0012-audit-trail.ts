// The audit trail (B5): one row per admin action (or action taken while acting as a customer, or a buyer's own
// order / standing order), written in the transaction of the change. Rows are never updated; old ones are swept.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE audit_entries (
     id text PRIMARY KEY,
     seq bigint GENERATED ALWAYS AS IDENTITY,
     at timestamptz NOT NULL,
     store_id text,
     admin_id text,
     admin_email text,
     acting_for_customer_guid text,
     buyer_email text,
     kind text NOT NULL,
     record_type text NOT NULL,
     record_id text NOT NULL,
     summary text NOT NULL,
     before jsonb,
     after jsonb)`.execute(db);
  await sql`CREATE INDEX audit_entries_store_at ON audit_entries (store_id, at DESC, seq DESC)`.execute(db);
  await sql`CREATE INDEX audit_entries_record ON audit_entries (record_type, record_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE audit_entries`.execute(db);
}
