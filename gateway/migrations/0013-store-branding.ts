// Store branding (issue 16 item 9): a brand colour and a banner line on the store, and the uploaded logo in a
// table of its own so reading a store never carries the image's bytes. The logo's version (a hash of its bytes)
// names it in URLs, so browsers and mail clients may cache it for long.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE stores ADD COLUMN brand_colour text, ADD COLUMN banner_text text').execute(db);
  await sql
    .raw(`CREATE TABLE store_logos (
       store_id text PRIMARY KEY REFERENCES stores (id) ON DELETE CASCADE, content_type text NOT NULL,
       data bytea NOT NULL, version text NOT NULL, updated_at timestamptz NOT NULL)`)
    .execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE store_logos').execute(db);
  await sql.raw('ALTER TABLE stores DROP COLUMN brand_colour, DROP COLUMN banner_text').execute(db);
}
