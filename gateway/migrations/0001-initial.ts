// The first relational schema: a table per domain concept, with an index for every lookup a repository makes.
// Frozen once released: later changes are new files (0002-…), never edits here.
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE account (id text PRIMARY KEY, name text NOT NULL, plan text NOT NULL)`,

  `CREATE TABLE admins (
     id text PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL, password_hash text NOT NULL,
     created_at timestamptz NOT NULL)`,

  `CREATE TABLE sessions (
     id text PRIMARY KEY, token_hash text NOT NULL UNIQUE,
     kind text NOT NULL CHECK (kind IN ('admin', 'buyer', 'acting')), subject_id text NOT NULL, store_id text,
     created_at timestamptz NOT NULL, expires_at timestamptz NOT NULL, revoked_at timestamptz)`,
  `CREATE INDEX sessions_live_by_subject ON sessions (kind, subject_id) WHERE revoked_at IS NULL`,

  // Sign-in attempts per key (an email, a client address) in the current window; counted before the check.
  `CREATE TABLE login_throttle (
     key text PRIMARY KEY, attempts integer NOT NULL, window_started_at timestamptz NOT NULL)`,

  `CREATE TABLE stores (
     id text PRIMARY KEY, name text NOT NULL, admin_email text NOT NULL, import_status text NOT NULL,
     warehouse_codes text[] NOT NULL, order_warehouse_code text NOT NULL, tax_code text NOT NULL,
     default_tax_rate numeric NOT NULL, sync_interval_minutes integer NOT NULL, auto_add_customers boolean NOT NULL,
     out_of_stock_policy text, show_stock_counts boolean, standing_orders_enabled boolean, order_statuses jsonb,
     order_request_email_to_buyer boolean, order_request_email_to_admin boolean,
     unleashed_api_id text NOT NULL, unleashed_api_key_sealed text NOT NULL, unleashed_base_url text NOT NULL,
     unleashed_connected_at timestamptz NOT NULL, created_at timestamptz NOT NULL)`,

  `CREATE TABLE data_versions (
     store_id text NOT NULL, area text NOT NULL, version bigint NOT NULL DEFAULT 0, PRIMARY KEY (store_id, area))`,

  `CREATE TABLE legacy_imports (collection text PRIMARY KEY, records integer NOT NULL, imported_at timestamptz NOT NULL)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(): Promise<void> {
  throw new Error('The first schema has no way down: restore a backup instead.');
}
