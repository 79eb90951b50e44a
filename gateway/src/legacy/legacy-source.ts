// Where an earlier version's data is, if anywhere: the lowdb folder of the embedded default, or the one
// portal_records table of an earlier PostgreSQL install. Nothing is created when there is none.
import { existsSync, readdirSync } from 'node:fs';
import type { PortalDb } from '../db/database.ts';
import type { CollectionBackend } from './collections.ts';
import { LowdbBackend } from './lowdb-backend.ts';
import { PgBackend } from './pg-backend.ts';

/** The old storage to import from, or undefined when this install never had one. */
export async function findLegacySource(
  db: PortalDb,
  lowdbDir: string | undefined,
): Promise<(CollectionBackend & { close?(): Promise<void> }) | undefined> {
  if (db.kind === 'postgres') {
    const { rows } = await db.pool.query<{ found: string | null }>(
      `SELECT to_regclass(quote_ident($1) || '.portal_records')::text AS found`,
      [db.schema],
    );
    if (rows[0]?.found) return new PgBackend(db.pool, db.schema);
    return undefined;
  }
  if (lowdbDir && existsSync(lowdbDir) && readdirSync(lowdbDir).length > 0) return new LowdbBackend(lowdbDir);
  return undefined;
}
