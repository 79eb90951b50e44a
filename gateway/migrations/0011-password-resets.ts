// Password reset links (issue 16 item 1) for admins and buyers: only the token's hash is kept; a link expires
// and is used at most once (an atomic update marks it), so two instances cannot both accept it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`CREATE TABLE password_resets (
       token_hash text PRIMARY KEY, kind text NOT NULL, subject_id text NOT NULL, store_id text,
       created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL, used_at timestamptz)`)
    .execute(db);
  await sql.raw('CREATE INDEX password_resets_expiry ON password_resets (expires_at)').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE password_resets').execute(db);
}
