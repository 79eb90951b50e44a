// Versioned migrations: one file per version in gateway/migrations/ (`NNNN-name.ts` exporting up and down),
// applied in name order at start and recorded in `schema_migrations`. All of it runs in one transaction under a
// per-schema advisory lock, so two instances starting at once apply each version once.
//
// Not Kysely's Migrator: it looks for its own tables through catalog introspection across every schema, which
// fails when another schema's tables are being dropped at that moment (tests drop one schema per file), and a
// migration table is one statement away anyway.
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { PortalDb } from './database.ts';
import type { Database } from './schema.ts';

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../migrations');

export interface Migration {
  up(db: Kysely<unknown>): Promise<void>;
  down?(db: Kysely<unknown>): Promise<void>;
}

/** Every migration file by version name, in order. */
export async function migrationFiles(): Promise<[string, Migration][]> {
  const names = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d{4}-[\w-]+\.ts$/.test(name)).sort();
  return Promise.all(
    names.map(
      async (name): Promise<[string, Migration]> => [
        name.replace(/\.ts$/, ''),
        await import(pathToFileURL(resolve(MIGRATIONS_DIR, name)).href),
      ],
    ),
  );
}

/** Runs `work` in a transaction holding this schema's migration lock, with the record table in place. */
async function locked<T>(db: PortalDb, work: (trx: Transaction<Database>, applied: string[]) => Promise<T>) {
  return db.transaction(async () => {
    const trx = db.q as Transaction<Database>;
    await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ':migrations'))`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(trx);
    const { rows } = await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(
      trx,
    );
    return work(
      trx,
      rows.map((row) => row.name),
    );
  });
}

/** Applies every migration not applied yet; returns the versions applied. Throws naming the failing version. */
export async function migrateToLatest(db: PortalDb): Promise<string[]> {
  const files = await migrationFiles();
  return locked(db, async (trx, applied) => {
    const done: string[] = [];
    for (const [name, migration] of files) {
      if (applied.includes(name)) continue;
      try {
        await migration.up(trx as unknown as Kysely<unknown>);
      } catch (error) {
        throw new Error(`Database migration ${name} failed: ${(error as Error).message}`);
      }
      await sql`INSERT INTO schema_migrations (name) VALUES (${name})`.execute(trx);
      done.push(name);
    }
    return done;
  });
}

/** Brings the schema to exactly `version`: newer versions undone (newest first), older ones applied (tests). */
export async function migrateTo(db: PortalDb, version: string): Promise<void> {
  const files = await migrationFiles();
  await locked(db, async (trx, applied) => {
    for (const [name, migration] of [...files].reverse()) {
      if (name <= version || !applied.includes(name)) continue;
      if (!migration.down) throw new Error(`Migration ${name} cannot be undone.`);
      await migration.down(trx as unknown as Kysely<unknown>);
      await sql`DELETE FROM schema_migrations WHERE name = ${name}`.execute(trx);
    }
    for (const [name, migration] of files) {
      if (name > version || applied.includes(name)) continue;
      await migration.up(trx as unknown as Kysely<unknown>);
      await sql`INSERT INTO schema_migrations (name) VALUES (${name})`.execute(trx);
    }
  });
}
