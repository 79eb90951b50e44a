// A fresh PostgreSQL schema per test file or gateway (127.0.0.1:5432, database `test`;
// GATEWAY_TEST_DATABASE_URL overrides), migrated to the latest version and dropped when closed.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../src/db/connect.ts';
import type { PortalDb } from '../src/db/database.ts';
import { jobSchemaFor } from '../src/jobs/job-engine.ts';

export const TEST_DATABASE_URL =
  process.env.GATEWAY_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  db: PortalDb;
  schema: string;
  /** Opens another handle on the same schema (a second instance, or a restart). */
  reopen(): Promise<PortalDb>;
  /** Closes the handle and drops the schema. */
  drop(): Promise<void>;
}

export const newSchemaName = (prefix = 't') => `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;

/** Drops a test schema and the job engine's schema beside it. */
export async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.query(`DROP SCHEMA IF EXISTS "${jobSchemaFor(schema)}" CASCADE`);
  } finally {
    await client.end();
  }
}

export async function freshDatabase(): Promise<TestDatabase> {
  const schema = newSchemaName();
  const reopen = () => openDatabase({ url: TEST_DATABASE_URL, schema, poolSize: 5 });
  const db = await reopen();
  return {
    db,
    schema,
    reopen,
    async drop() {
      await db.close();
      await dropSchema(schema);
    },
  };
}
