// Unleashed webhooks (issue 13): each store's subscription (its signing key sealed like the API key) and the
// events received, one row per event id and store, so a duplicate delivery is recognised and dropped.
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  // One subscription per store; `connected_at` names the store connection it was made for, so a reconnect
  // (new credentials) is seen to need a new one. Rejected deliveries are counted for the admin (B1).
  `CREATE TABLE webhook_subscriptions (
     store_id text PRIMARY KEY, state text NOT NULL, subscription_id text, notification_url text,
     event_types jsonb NOT NULL, signing_key text, connected_at text, error text, checked_at timestamptz,
     rejected_count integer NOT NULL DEFAULT 0, rejected_at timestamptz, rejected_reason text)`,
  `CREATE TABLE webhook_events (
     store_id text NOT NULL, event_id text NOT NULL, event_type text NOT NULL, resource_guid text NOT NULL,
     created_on text, received_at timestamptz NOT NULL, applied_at timestamptz, outcome text NOT NULL,
     detail text, seq bigint GENERATED ALWAYS AS IDENTITY, PRIMARY KEY (store_id, event_id))`,
  `CREATE INDEX webhook_events_newest ON webhook_events (store_id, seq DESC)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP TABLE webhook_events, webhook_subscriptions').execute(db);
}
