// Description overrides (R3): the store's own name and description of a product, set by an admin. A table of its
// own, which no sync writes, so they survive every sync whatever Unleashed's description becomes.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE product_overrides (
     store_id text NOT NULL,
     product_guid text NOT NULL,
     name text,
     description text,
     updated_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, product_guid))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE product_overrides`.execute(db);
}
