// Migrations (gateway/migrations/): an empty database is brought to the latest version once, even by two
// instances starting together, and a database at the previous version keeps its rows through the upgrade.
import { readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { dropSchema, newSchemaName, TEST_DATABASE_URL } from '../../test/database.ts';
import { openDatabase } from './connect.ts';
import type { PortalDb } from './database.ts';
import { MIGRATIONS_DIR, migrateTo, migrateToLatest } from './migrate.ts';

const versions = readdirSync(MIGRATIONS_DIR)
  .filter((name) => /^\d{4}-.*\.ts$/.test(name))
  .sort()
  .map((name) => name.replace(/\.ts$/, ''));
const opened: PortalDb[] = [];
const schemas: string[] = [];
const open = async (schema: string) => {
  const db = await openDatabase({ url: TEST_DATABASE_URL, schema, poolSize: 2 });
  opened.push(db);
  return db;
};
const applied = async (db: PortalDb) =>
  (await sql<{ name: string }>`SELECT name FROM schema_migrations ORDER BY name`.execute(db.q)).rows.map(
    (row) => row.name,
  );

afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
  for (const schema of schemas.splice(0)) await dropSchema(schema);
});

describe('database migrations', () => {
  it('when two instances open an empty database at the same moment, then every version is applied once', async () => {
    const schema = newSchemaName('mig');
    schemas.push(schema);
    const [first, second] = await Promise.all([open(schema), open(schema)]);
    expect(await applied(first)).toEqual(versions);
    expect(await applied(second)).toEqual(versions);
    expect(await migrateToLatest(first)).toEqual([]);
  });

  it('when a database at the previous version holds data, then the upgrade keeps it', async () => {
    const schema = newSchemaName('mig');
    schemas.push(schema);
    const db = await open(schema);
    const previous = versions.at(-2);
    if (!previous) throw new Error('one migration only: nothing to upgrade from');
    await migrateTo(db, previous);
    expect(await applied(db)).toEqual(versions.slice(0, -1));
    await db.q
      .insertInto('admins')
      .values({
        id: 'a1',
        email: 'ada@supplier.example',
        name: 'Ada',
        passwordHash: 'x',
        createdAt: '2026-01-02T03:04:05.000Z',
      })
      .execute();
    expect(await migrateToLatest(db)).toEqual(versions.slice(-1));
    expect(await db.q.selectFrom('admins').selectAll().execute()).toEqual([
      {
        id: 'a1',
        email: 'ada@supplier.example',
        name: 'Ada',
        passwordHash: 'x',
        createdAt: '2026-01-02T03:04:05.000Z',
      },
    ]);
  });
});
