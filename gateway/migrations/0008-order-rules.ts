// Order rules (B4, issue 14 item 1): Unleashed's MinimumSaleQuantity and PackSize on each product, the store's
// minimum order value and default quantity rule, minimum order values per customer type and per customer, and
// per-product quantity overrides for the store ('' customer) or one customer. Store-only: no sync writes them.
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `ALTER TABLE products ADD COLUMN minimum_sale_quantity numeric, ADD COLUMN pack_size numeric`,
  `CREATE TABLE store_order_rules (
     store_id text PRIMARY KEY, minimum_order_value numeric, default_minimum integer, default_maximum integer,
     default_multiple integer, updated_at timestamptz NOT NULL)`,
  `CREATE TABLE order_value_minimums (
     store_id text NOT NULL, scope text NOT NULL CHECK (scope IN ('customer-type', 'customer')), key text NOT NULL,
     minimum_order_value numeric NOT NULL, updated_at timestamptz NOT NULL, PRIMARY KEY (store_id, scope, key))`,
  `CREATE TABLE product_quantity_rules (
     store_id text NOT NULL, product_guid text NOT NULL, customer_guid text NOT NULL, minimum integer,
     maximum integer, multiple integer, updated_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, customer_guid, product_guid))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE product_quantity_rules').execute(db);
  await sql.raw('DROP TABLE order_value_minimums').execute(db);
  await sql.raw('DROP TABLE store_order_rules').execute(db);
  await sql.raw('ALTER TABLE products DROP COLUMN minimum_sale_quantity, DROP COLUMN pack_size').execute(db);
}
