// Buyer access (invitations, logins), the admin's notifications and acting log, standing orders and their runs,
// the email outbox and invitation templates, sync runs and cursors.
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE invitations (
     id text PRIMARY KEY, store_id text NOT NULL, contact_guid text NOT NULL, customer_guid text NOT NULL,
     email text NOT NULL, token_hash text NOT NULL UNIQUE, status text NOT NULL, created_at timestamptz NOT NULL,
     expires_at timestamptz NOT NULL, closed_at timestamptz, invited_by text,
     seq bigint GENERATED ALWAYS AS IDENTITY)`,
  `CREATE INDEX invitations_of_store ON invitations (store_id, seq)`,
  `CREATE INDEX invitations_of_contact ON invitations (store_id, contact_guid, seq)`,
  `CREATE INDEX invitations_pending_expiry ON invitations (expires_at) WHERE status = 'pending'`,
  // A contact's login; its id ('<store>:<contact>') is the subject of the contact's buyer sessions.
  `CREATE TABLE buyer_logins (
     id text PRIMARY KEY, store_id text NOT NULL, contact_guid text NOT NULL, customer_guid text NOT NULL,
     email text NOT NULL, password_hash text NOT NULL, created_at timestamptz NOT NULL, deactivated_at timestamptz,
     UNIQUE (store_id, contact_guid))`,
  `CREATE INDEX buyer_logins_email ON buyer_logins (lower(email))`,
  `CREATE INDEX buyer_logins_of_customer ON buyer_logins (store_id, customer_guid)`,

  `CREATE TABLE notifications (
     id text PRIMARY KEY, store_id text NOT NULL, kind text NOT NULL, message text NOT NULL,
     contact_guid text NOT NULL, customer_guid text NOT NULL, created_at timestamptz NOT NULL,
     seq bigint GENERATED ALWAYS AS IDENTITY)`,
  `CREATE INDEX notifications_of_store ON notifications (store_id, seq)`,

  // The acting log (R22): one row per acting session, from start to end.
  `CREATE TABLE acting_sessions (
     id text PRIMARY KEY, store_id text NOT NULL, admin_id text NOT NULL, admin_email text NOT NULL,
     admin_name text NOT NULL, admin_session_id text NOT NULL, customer_guid text NOT NULL,
     customer_code text NOT NULL, customer_name text NOT NULL, started_at timestamptz NOT NULL,
     ended_at timestamptz, end_reason text, seq bigint GENERATED ALWAYS AS IDENTITY)`,
  `CREATE INDEX acting_sessions_of_store ON acting_sessions (store_id, started_at DESC, seq DESC)`,
  `CREATE INDEX acting_sessions_open ON acting_sessions (admin_id) WHERE ended_at IS NULL`,

  // Standing orders (R21); a run is claimed (inserted) before its order is placed, once per due date.
  `CREATE TABLE standing_orders (
     id text PRIMARY KEY, store_id text NOT NULL, customer_guid text NOT NULL, customer_code text NOT NULL,
     name text NOT NULL, status text NOT NULL, created_by_contact_guid text NOT NULL, created_by_email text NOT NULL,
     created_by_first_name text, delivery_address jsonb NOT NULL, schedule jsonb NOT NULL, start_date date NOT NULL,
     next_run_date date, reminder_sent_for date, comment text, lines jsonb NOT NULL,
     created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, seq bigint GENERATED ALWAYS AS IDENTITY)`,
  `CREATE INDEX standing_orders_of_customer ON standing_orders (store_id, customer_guid)`,
  `CREATE INDEX standing_orders_active ON standing_orders (next_run_date) WHERE status = 'active'`,
  `CREATE TABLE standing_order_runs (
     id text PRIMARY KEY, store_id text NOT NULL,
     standing_order_id text NOT NULL REFERENCES standing_orders (id) ON DELETE CASCADE, due_date date NOT NULL,
     outcome text NOT NULL, detail text, order_id text, ran_at timestamptz NOT NULL,
     UNIQUE (standing_order_id, due_date))`,

  // The email outbox (B6): every message stored before its first delivery attempt.
  `CREATE TABLE email_outbox (
     id text PRIMARY KEY, store_id text NOT NULL, template text NOT NULL, recipient text NOT NULL,
     from_header text NOT NULL, sender jsonb NOT NULL, subject text NOT NULL, html_body text NOT NULL,
     text_body text NOT NULL, delivery jsonb, status text NOT NULL, attempts integer NOT NULL, last_error text,
     next_attempt_at timestamptz, created_at timestamptz NOT NULL, sent_at timestamptz, message_id text,
     seq bigint GENERATED ALWAYS AS IDENTITY)`,
  `CREATE INDEX email_outbox_of_store ON email_outbox (store_id, created_at DESC, seq DESC)`,
  `CREATE INDEX email_outbox_due ON email_outbox (next_attempt_at) WHERE status IN ('queued', 'sending')`,
  `CREATE INDEX email_outbox_finished ON email_outbox (created_at) WHERE status IN ('sent', 'failed')`,
  `CREATE TABLE invitation_templates (
     store_id text PRIMARY KEY, subject text NOT NULL, body text NOT NULL, updated_at timestamptz NOT NULL)`,

  // Sync runs (B1) and cursors (R2); partition '' for a resource followed as a whole.
  // One running run per store across every instance (the unique index); the instance running it (owner, null
  // while it waits for a worker) keeps heartbeat_at fresh, so a run whose instance died can be taken over.
  `CREATE TABLE sync_runs (
     id text PRIMARY KEY, store_id text NOT NULL, trigger text NOT NULL, status text NOT NULL,
     started_at timestamptz NOT NULL, finished_at timestamptz, resources jsonb NOT NULL, error text,
     owner text, heartbeat_at timestamptz, seq bigint GENERATED ALWAYS AS IDENTITY)`,
  `CREATE INDEX sync_runs_newest ON sync_runs (store_id, started_at DESC, seq DESC)`,
  `CREATE UNIQUE INDEX sync_runs_one_running ON sync_runs (store_id) WHERE status = 'running'`,
  `CREATE TABLE sync_cursors (
     store_id text NOT NULL, resource text NOT NULL, partition text NOT NULL DEFAULT '',
     modified_since timestamptz, resume_from timestamptz, succeeded_at timestamptz, full_read_at timestamptz,
     updated_at timestamptz NOT NULL, PRIMARY KEY (store_id, resource, partition))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `DROP TABLE sync_cursors, sync_runs, invitation_templates, email_outbox, standing_order_runs, standing_orders,
         acting_sessions, notifications, buyer_logins, invitations`,
    )
    .execute(db);
}
