// Store slugs (issue 16 item 1): a readable, unique address part per store, so a buyer signs in at `/s/{slug}/`
// without a store id; existing stores get one from their name (numbered when two names make the same one).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE stores ADD COLUMN slug text').execute(db);
  await sql
    .raw(`WITH bases AS (
        SELECT id, coalesce(nullif(left(trim(both '-' FROM regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')), 50), ''), 'store') AS base,
               row_number() OVER (PARTITION BY coalesce(nullif(left(trim(both '-' FROM regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g')), 50), ''), 'store') ORDER BY created_at, id) AS n
        FROM stores)
      UPDATE stores SET slug = CASE WHEN bases.n = 1 THEN bases.base ELSE bases.base || '-' || bases.n END
      FROM bases WHERE bases.id = stores.id`)
    .execute(db);
  await sql.raw('CREATE UNIQUE INDEX stores_slug ON stores (slug)').execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('ALTER TABLE stores DROP COLUMN slug').execute(db);
}
