// Purchase-order references (B7, issue 14 item 2): the reference on each order and each standing order, and
// each customer's store-only choice to require one on every order.
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `ALTER TABLE orders ADD COLUMN purchase_order_ref text`,
  // The lists' "reference starts with" filter (any case): LIKE 'abc%' on lower() walks this index.
  `CREATE INDEX orders_of_purchase_order_ref ON orders (store_id, lower(purchase_order_ref) text_pattern_ops)
     WHERE purchase_order_ref IS NOT NULL`,
  `ALTER TABLE standing_orders ADD COLUMN purchase_order_ref text`,
  `CREATE TABLE customer_order_settings (
     store_id text NOT NULL, customer_guid text NOT NULL, purchase_order_ref_required boolean NOT NULL,
     updated_at timestamptz NOT NULL, PRIMARY KEY (store_id, customer_guid))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE customer_order_settings').execute(db);
  await sql.raw('ALTER TABLE standing_orders DROP COLUMN purchase_order_ref').execute(db);
  await sql.raw('DROP INDEX orders_of_purchase_order_ref').execute(db);
  await sql.raw('ALTER TABLE orders DROP COLUMN purchase_order_ref').execute(db);
}
