// Runs a repository suite on both databases the gateway supports: PostgreSQL (a fresh schema) and the embedded
// PGlite (in memory). The suite gets the open database through a getter, valid inside its tests and hooks.
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase } from '../src/db/connect.ts';
import type { PortalDb } from '../src/db/database.ts';
import { freshDatabase } from './database.ts';

let migratedEmbedded: Promise<Blob> | undefined;

/**
 * A fresh in-memory PGlite, migrated. Started from a snapshot of one migrated once per test process: PGlite's
 * initdb costs about 3 s of CPU each time, the copy a fifth of that, and the suite opens dozens.
 */
export async function freshEmbeddedDatabase(): Promise<PortalDb> {
  migratedEmbedded ??= openDatabase({ dataDir: 'memory' }).then(async (first) => {
    try {
      return await first.snapshot();
    } finally {
      await first.close();
    }
  });
  return openDatabase({ dataDir: 'memory', from: await migratedEmbedded });
}

export function onEachDatabase(suite: (db: () => PortalDb) => void): void {
  describe.each(['PostgreSQL', 'PGlite'] as const)('on %s', (kind) => {
    let db: PortalDb | undefined;
    let close: () => Promise<void> = async () => {};
    beforeAll(async () => {
      if (kind === 'PostgreSQL') {
        const fresh = await freshDatabase();
        db = fresh.db;
        close = fresh.drop;
      } else {
        const embedded = await freshEmbeddedDatabase();
        db = embedded;
        close = () => embedded.close();
      }
    }, 60_000);
    afterAll(() => close());
    suite(() => {
      if (!db) throw new Error('the database is not open yet');
      return db;
    });
  });
}
