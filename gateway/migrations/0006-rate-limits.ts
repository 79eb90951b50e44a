// Rate limits of the public endpoints (issue 17 item 4): one counter per rule and key (a client address, a
// store) in a fixed window, shared by every gateway instance on the database.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE rate_limits (
     key text PRIMARY KEY, hits integer NOT NULL, window_started_at timestamptz NOT NULL)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE rate_limits`.execute(db);
}
