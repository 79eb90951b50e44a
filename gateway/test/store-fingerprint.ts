// A cheap fingerprint of everything the gateway stores in a test's schema: per table its row count and newest
// row version, so a test can show that a refused request changed nothing (and name the table when it did).
import { sql } from 'kysely';
import type { PortalDb } from '../src/db/database.ts';

/** Written on refusals by design: failed sign-ins and public calls are counted (throttle, rate limits); migrations are not data. */
const NOT_COMPARED = new Set(['login_throttle', 'rate_limits', 'schema_migrations']);

export type Fingerprint = Record<string, string>;

export async function fingerprint(db: PortalDb): Promise<Fingerprint> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = ${db.schema} AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db.q);
  const names = tables.rows.map((t) => t.name).filter((name) => !NOT_COMPARED.has(name));
  // A write leaves a row version with the newest transaction id (xmin); a delete lowers the count.
  const stamps = names.map(
    (name) =>
      sql`SELECT ${name}::text AS name, count(*)::text || ':' || coalesce(max(r.xmin::text::bigint), 0)::text AS hash
          FROM ${sql.table(name)} r`,
  );
  const { rows } = await sql<{ name: string; hash: string }>`${sql.join(stamps, sql` UNION ALL `)}`.execute(
    db.q,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
}

/** The tables whose rows differ between two fingerprints. */
export const changedTables = (before: Fingerprint, after: Fingerprint): string[] =>
  Object.keys({ ...before, ...after }).filter((name) => before[name] !== after[name]);

/** Waits until nothing changes for `quietMs` (an order push or an email still under way), up to 15 s. */
export async function settled(db: PortalDb, quietMs = 400): Promise<Fingerprint> {
  let last = await fingerprint(db);
  for (let i = 0; i < 40; i++) {
    await new Promise((resolve) => setTimeout(resolve, quietMs));
    const next = await fingerprint(db);
    if (changedTables(last, next).length === 0) return next;
    last = next;
  }
  throw new Error('the store kept changing for 15 s');
}
