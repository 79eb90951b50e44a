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
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE contacts, customers').execute(db);
}
