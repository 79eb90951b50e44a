// One fresh PostgreSQL schema for the whole test file that imports this module (opened on first use, dropped
// after the file's last test): for fixtures that build several engines or domains on one database, the way
// several stores or a restarted process share one.
import { afterAll } from 'vitest';
import type { PortalDb } from '../src/db/database.ts';
import { freshDatabase, type TestDatabase } from './database.ts';

let opened: Promise<TestDatabase> | undefined;

afterAll(async () => {
  const database = await opened;
  opened = undefined;
  await database?.drop();
});

/** The test file's database. */
export async function fileDatabase(): Promise<PortalDb> {
  opened ??= freshDatabase();
  return (await opened).db;
}
