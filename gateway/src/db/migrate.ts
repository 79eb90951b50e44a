// Versioned migrations: one file per version in gateway/migrations/, applied in name order at start. Kysely's
// migrator holds a PostgreSQL advisory lock while it runs, so two instances starting at once apply each
// version once; the migration table lives in the same schema as the tables.
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { PortalDb } from './database.ts';

export const MIGRATIONS_DIR = resolve(import.meta.dirname, '../../migrations');

/** Every migration file (`NNNN-name.ts`) by name. */
export const migrationFiles: MigrationProvider = {
  async getMigrations() {
    const names = (await readdir(MIGRATIONS_DIR)).filter((name) => /^\d{4}-[\w-]+\.ts$/.test(name)).sort();
    const migrations: Record<string, Migration> = {};
    for (const name of names) {
      migrations[name.replace(/\.ts$/, '')] = await import(pathToFileURL(resolve(MIGRATIONS_DIR, name)).href);
    }
    return migrations;
  },
};

function migratorFor(db: PortalDb, provider: MigrationProvider): Migrator {
  // The schema named explicitly: Kysely otherwise looks for its tables by name in every schema.
  return new Migrator({ db: db.q as Kysely<unknown>, provider, migrationTableSchema: db.schema });
}

/** Applies every migration not applied yet; throws with the failing version's error. */
export async function migrateToLatest(
  db: PortalDb,
  provider: MigrationProvider = migrationFiles,
): Promise<string[]> {
  const { error, results } = await migratorFor(db, provider).migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed: ${(error as Error).message ?? error}`);
  }
  return (results ?? []).map((result) => result.migrationName);
}

/** Migrates up to and including `version` (tests of an upgrade from an older version). */
export async function migrateTo(db: PortalDb, version: string, provider: MigrationProvider = migrationFiles) {
  const { error } = await migratorFor(db, provider).migrateTo(version);
  if (error) throw error;
}
