// Per-store data versions: a counter per (store, area) moved in the same transaction as the write it stands for,
// so a cache built on that data (catalogue pages, resolved prices) is keyed by what was last committed — by any
// instance. Reads are remembered for a moment (at most `maxAgeMs`), and a bump by this process is seen at once:
// instances on one PortalDb (on the real clock) share what they remember, however many repositories create one.
import type { PortalDb } from './database.ts';
import { fromStoreRows } from './store-rows.ts';

/**
 * `access`: what a buyer session resolves to besides customers and contacts (sessions revoked, buyer logins,
 * the store's settings); `stock`: when the store's stock last synced (the age buyers see).
 */
export type DataArea = 'catalogue' | 'customers' | 'catalogues' | 'access' | 'stock' | 'order-rules';

export interface DataVersions {
  /** Moves the version of `area` for the store, inside the caller's transaction when there is one. */
  bump(storeId: string, area: DataArea): Promise<void>;
  /** The last committed version of `area` for the store (0 before the first write). */
  current(storeId: string, area: DataArea): Promise<number>;
}

interface Memory {
  known: Map<string, { version: number; readAt: number }>;
  /** Reads under way: every caller asking meanwhile shares one query (a page's many requests at once). */
  reading: Map<string, Promise<number>>;
  /** Moved by each bump this process commits: a read begun before it is not remembered. */
  bumps: number;
}
const memoryByDb = new WeakMap<PortalDb, Memory>();
const newMemory = (): Memory => ({ known: new Map(), reading: new Map(), bumps: 0 });

function sharedMemory(db: PortalDb): Memory {
  const known = memoryByDb.get(db);
  if (known) return known;
  const memory = newMemory();
  memoryByDb.set(db, memory);
  return memory;
}

export function createDataVersions(db: PortalDb, options: { maxAgeMs?: number; now?: () => number } = {}) {
  const maxAgeMs = options.maxAgeMs ?? 500;
  const now = options.now ?? Date.now;
  // An instance on a test clock keeps its own memory (it stands for another process).
  const memory = options.now ? newMemory() : sharedMemory(db);
  const read = async (storeId: string, area: DataArea) => {
    const row = await fromStoreRows(db, 'dataVersions', storeId)
      .select('version')
      .where('area', '=', area)
      .executeTakeFirst();
    return row?.version ?? 0;
  };
  /** One read of a version, shared by everyone asking while it runs; remembered unless this process bumped meanwhile. */
  const readAndRemember = (storeId: string, area: DataArea, key: string, readAt: number) => {
    const bumps = memory.bumps;
    const reading = read(storeId, area)
      .then((version) => {
        if (memory.bumps === bumps) memory.known.set(key, { version, readAt });
        return version;
      })
      .finally(() => {
        if (memory.reading.get(key) === reading) memory.reading.delete(key);
      });
    memory.reading.set(key, reading);
    // A background read nobody waits for may fail quietly: the next request reads again.
    reading.catch(() => undefined);
    return reading;
  };
  const versions: DataVersions = {
    async bump(storeId, area) {
      await db.q
        .insertInto('dataVersions')
        .values({ storeId, area, version: 1 })
        .onConflict((oc) =>
          oc
            .columns(['storeId', 'area'])
            .doUpdateSet((eb) => ({ version: eb('dataVersions.version', '+', 1) })),
        )
        .execute();
      db.afterCommit(() => {
        const key = `${storeId}:${area}`;
        memory.known.delete(key);
        memory.reading.delete(key);
        memory.bumps++;
      });
    },
    current(storeId, area) {
      // Inside a transaction: what it sees, its own bumps included; never remembered.
      if (db.inTransaction) return read(storeId, area);
      const key = `${storeId}:${area}`;
      const known = memory.known.get(key);
      const at = now();
      const age = known ? at - known.readAt : Number.POSITIVE_INFINITY;
      if (known && age < maxAgeMs / 2) return Promise.resolve(known.version);
      // Past half its age a remembered version is read again in the background, still answering meanwhile: a
      // request waits for the database only when nothing younger than maxAgeMs is known (on PGlite a read can
      // queue behind other work, and every request of the moment would queue with it).
      const reading = memory.reading.get(key) ?? readAndRemember(storeId, area, key, at);
      return known && age < maxAgeMs ? Promise.resolve(known.version) : reading;
    },
  };
  return versions;
}
