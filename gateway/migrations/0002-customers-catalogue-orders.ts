// Customers and contacts, the catalogue as synced from Unleashed, the store's own catalogues and categories,
// carts and orders. A customer removed from the store (R6) takes its contacts and its store orders with it.
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE customers (
     store_id text NOT NULL, guid text NOT NULL, code text NOT NULL, name text NOT NULL, customer_type text,
     currency text, taxable boolean NOT NULL, tax_code text, tax_rate numeric, discount_rate numeric NOT NULL,
     sell_price_tier text, addresses jsonb NOT NULL, obsolete boolean NOT NULL, in_store boolean NOT NULL,
     added_at timestamptz, modified_at timestamptz NOT NULL, synced_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, guid))`,
  `CREATE INDEX customers_in_store ON customers (store_id, in_store)`,
  `CREATE INDEX customers_code ON customers (store_id, lower(code))`,

  `CREATE TABLE contacts (
     store_id text NOT NULL, guid text NOT NULL, customer_guid text NOT NULL, first_name text, last_name text,
     email text, is_default boolean NOT NULL, for_ordering boolean NOT NULL, sync_state text NOT NULL,
     modified_at timestamptz NOT NULL, synced_at timestamptz NOT NULL, PRIMARY KEY (store_id, guid),
     FOREIGN KEY (store_id, customer_guid) REFERENCES customers (store_id, guid) ON DELETE CASCADE)`,
  `CREATE INDEX contacts_of_customer ON contacts (store_id, customer_guid)`,
  `CREATE INDEX contacts_email ON contacts (store_id, email)`,

  // The catalogue as synced from Unleashed, with the store's status on each product (R3).
  `CREATE TABLE products (
     store_id text NOT NULL, guid text NOT NULL, code text NOT NULL, description text NOT NULL,
     category_guid text, category_name text, default_sell_price numeric, tier_prices jsonb NOT NULL,
     minimum_sell_price numeric, taxable boolean NOT NULL, tax_code text, tax_rate numeric, images jsonb NOT NULL,
     sellable_in_unleashed boolean NOT NULL, obsolete boolean NOT NULL, status text NOT NULL,
     modified_at timestamptz NOT NULL, synced_at timestamptz NOT NULL, PRIMARY KEY (store_id, guid))`,
  `CREATE INDEX products_code ON products (store_id, lower(code))`,
  `CREATE INDEX products_category ON products (store_id, category_guid)`,
  `CREATE INDEX products_status ON products (store_id, status) WHERE NOT obsolete`,
  `CREATE TABLE product_groups (
     store_id text NOT NULL, guid text NOT NULL, name text NOT NULL, modified_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, guid))`,
  `CREATE TABLE price_tiers (
     store_id text NOT NULL, number integer NOT NULL CHECK (number BETWEEN 1 AND 10), name text NOT NULL,
     PRIMARY KEY (store_id, number))`,
  `CREATE TABLE price_rules (
     store_id text NOT NULL, guid text NOT NULL, product_guid text NOT NULL, customer_guid text,
     minimum_quantity numeric NOT NULL, price numeric NOT NULL, discount_percent numeric, valid_from text,
     valid_to text, modified_at timestamptz NOT NULL, PRIMARY KEY (store_id, guid))`,
  `CREATE INDEX price_rules_product ON price_rules (store_id, product_guid)`,
  `CREATE INDEX price_rules_customer ON price_rules (store_id, customer_guid) WHERE customer_guid IS NOT NULL`,
  `CREATE TABLE stock_levels (
     store_id text NOT NULL, product_guid text NOT NULL, warehouse_code text NOT NULL, on_hand numeric NOT NULL,
     allocated numeric NOT NULL, available numeric NOT NULL, modified_at timestamptz, synced_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, product_guid, warehouse_code))`,
  `CREATE INDEX stock_levels_warehouse ON stock_levels (store_id, warehouse_code)`,

  // The store's own catalogues (R17) and categories: no sync touches them.
  `CREATE TABLE catalogues (
     store_id text NOT NULL, catalogue_id text NOT NULL, name text NOT NULL, created_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, catalogue_id))`,
  `CREATE UNIQUE INDEX catalogues_name ON catalogues (store_id, lower(name))`,
  `CREATE TABLE catalogue_products (
     store_id text NOT NULL, catalogue_id text NOT NULL, product_guid text NOT NULL,
     status text NOT NULL CHECK (status IN ('visible', 'sellable')), PRIMARY KEY (store_id, catalogue_id, product_guid),
     FOREIGN KEY (store_id, catalogue_id) REFERENCES catalogues (store_id, catalogue_id) ON DELETE CASCADE)`,
  // Whether a product is listed in any custom catalogue (R7 counts it once).
  `CREATE INDEX catalogue_products_product ON catalogue_products (store_id, product_guid)`,
  `CREATE TABLE catalogue_customers (
     store_id text NOT NULL, catalogue_id text NOT NULL, customer_guid text NOT NULL,
     PRIMARY KEY (store_id, catalogue_id, customer_guid),
     FOREIGN KEY (store_id, catalogue_id) REFERENCES catalogues (store_id, catalogue_id) ON DELETE CASCADE)`,
  `CREATE INDEX catalogue_customers_customer ON catalogue_customers (store_id, customer_guid)`,
  `CREATE TABLE store_categories (
     store_id text NOT NULL, category_id text NOT NULL, name text NOT NULL, created_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, category_id))`,
  `CREATE UNIQUE INDEX store_categories_name ON store_categories (store_id, lower(name))`,
  `CREATE TABLE store_category_products (
     store_id text NOT NULL, category_id text NOT NULL, product_guid text NOT NULL, position integer NOT NULL,
     PRIMARY KEY (store_id, category_id, product_guid),
     FOREIGN KEY (store_id, category_id) REFERENCES store_categories (store_id, category_id) ON DELETE CASCADE)`,

  // A cart per contact (or per admin acting for a customer: owner_key 'acting:<admin>:<customer>').
  `CREATE TABLE carts (
     store_id text NOT NULL, owner_key text NOT NULL, lines jsonb NOT NULL, updated_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, owner_key))`,

  // Store orders (R18–R20); a customer removed from the store takes its order history with it (R6).
  `CREATE TABLE orders (
     store_id text NOT NULL, id text NOT NULL, unleashed_guid text NOT NULL, customer_guid text NOT NULL,
     customer_code text NOT NULL, placed_by_email text NOT NULL, status text NOT NULL, import_state text NOT NULL,
     import_error text, import_attempts integer NOT NULL, unleashed_order_number text, unleashed_status text,
     delivery_address jsonb, comment text, lines jsonb NOT NULL, charges jsonb NOT NULL, tax_code text NOT NULL,
     tax_rate numeric NOT NULL, sub_total numeric NOT NULL, tax_total numeric NOT NULL, total numeric NOT NULL,
     created_at timestamptz NOT NULL, imported_at timestamptz, completed_at timestamptz,
     updated_at timestamptz NOT NULL, standing_order_id text, placed_on_behalf_by text,
     seq bigint GENERATED ALWAYS AS IDENTITY, PRIMARY KEY (store_id, id),
     FOREIGN KEY (store_id, customer_guid) REFERENCES customers (store_id, guid) ON DELETE CASCADE)`,
  `CREATE UNIQUE INDEX orders_unleashed_guid ON orders (store_id, lower(unleashed_guid))`,
  `CREATE INDEX orders_newest ON orders (store_id, created_at DESC, seq DESC)`,
  // The admin's list by status: its page and its count without reading every order of the store.
  `CREATE INDEX orders_of_status ON orders (store_id, status, created_at DESC, seq DESC)`,
  `CREATE INDEX orders_of_customer ON orders (store_id, customer_guid, created_at DESC)`,
  `CREATE INDEX orders_queued ON orders (store_id, created_at) WHERE import_state = 'queued'`,
  `CREATE INDEX orders_of_standing_order ON orders (store_id, standing_order_id) WHERE standing_order_id IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `DROP TABLE orders, carts, store_category_products, store_categories, catalogue_customers,
         catalogue_products, catalogues, stock_levels, price_rules, price_tiers, product_groups, products,
         contacts, customers`,
    )
    .execute(db);
}
