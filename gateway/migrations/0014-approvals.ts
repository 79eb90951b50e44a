// Buyer approvals (B8, issue 14 item 3): each customer's approval rule and approver contacts (store-only rows no
// sync writes over), and on each order who approved or rejected it, when, and why.
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE customer_approval_settings (
     store_id text NOT NULL, customer_guid text NOT NULL,
     mode text NOT NULL CHECK (mode IN ('off', 'always', 'above')),
     threshold numeric CHECK (threshold >= 0), updated_at timestamptz NOT NULL,
     PRIMARY KEY (store_id, customer_guid),
     CHECK ((mode = 'above') = (threshold IS NOT NULL)),
     FOREIGN KEY (store_id, customer_guid) REFERENCES customers (store_id, guid) ON DELETE CASCADE)`,
  `CREATE TABLE customer_approvers (
     store_id text NOT NULL, customer_guid text NOT NULL, contact_guid text NOT NULL,
     PRIMARY KEY (store_id, customer_guid, contact_guid),
     FOREIGN KEY (store_id, customer_guid) REFERENCES customers (store_id, guid) ON DELETE CASCADE,
     FOREIGN KEY (store_id, contact_guid) REFERENCES contacts (store_id, guid) ON DELETE CASCADE)`,
  // "Is this contact an approver?" from the contact's side (the FK's own lookups too).
  `CREATE INDEX customer_approvers_contact ON customer_approvers (store_id, contact_guid)`,
  `ALTER TABLE orders ADD COLUMN approval_required boolean NOT NULL DEFAULT false`,
  `ALTER TABLE orders ADD COLUMN approval_decided_by text`,
  `ALTER TABLE orders ADD COLUMN approval_decided_at timestamptz`,
  `ALTER TABLE orders ADD COLUMN rejection_reason text`,
  // The approvers' list: a customer's orders awaiting approval, without reading its order history.
  `CREATE INDEX orders_awaiting_approval ON orders (store_id, customer_guid, created_at)
     WHERE status = 'awaiting-approval'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('DROP INDEX orders_awaiting_approval').execute(db);
  for (const column of [
    'rejection_reason',
    'approval_decided_at',
    'approval_decided_by',
    'approval_required',
  ])
    await sql.raw(`ALTER TABLE orders DROP COLUMN ${column}`).execute(db);
  await sql.raw('DROP TABLE customer_approvers, customer_approval_settings').execute(db);
}
