// Per-store data versions: a counter per (store, area) moved in the same transaction as the write it stands for,
// so a cache built on that data (catalogue pages, resolved prices) is keyed by what was last committed — by any
// instance. Reads are remembered for a moment (at most `maxAgeMs`), and a bump by this process is seen at once:
// instances on one PortalDb (on the real clock) share what they remember, however many repositories create one.
import type { PortalDb } from './database.ts';

/**
 * `access`: what a buyer session resolves to besides customers and contacts (sessions revoked, buyer logins,
 * the store's settings); `stock`: when the store's stock last synced (the age buyers see).
 */
export type DataArea = 'catalogue' | 'customers' | 'catalogues' | 'access' | 'stock';

export interface DataVersions {
  /** Moves the version of `area` for the store, inside the caller's transaction when there is one. */
  bump(storeId: string, area: DataArea): Promise<void>;
  /** The last committed version of `area` for the store (0 before the first write). */
  current(storeId: string, area: DataArea): Promise<number>;
}

type Remembered = Map<string, { version: number; readAt: number }>;
const rememberedByDb = new WeakMap<PortalDb, Remembered>();

function sharedMemory(db: PortalDb): Remembered {
  const known = rememberedByDb.get(db);
  if (known) return known;
  const remembered: Remembered = new Map();
  rememberedByDb.set(db, remembered);
  return remembered;
}

export function createDataVersions(db: PortalDb, options: { maxAgeMs?: number; now?: () => number } = {}) {
  const maxAgeMs = options.maxAgeMs ?? 500;
  const now = options.now ?? Date.now;
  // An instance on a test clock keeps its own memory (it stands for another process).
  const remembered: Remembered = options.now ? new Map() : sharedMemory(db);
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
      db.afterCommit(() => remembered.delete(`${storeId}:${area}`));
    },
    async current(storeId, area) {
      const key = `${storeId}:${area}`;
      const known = remembered.get(key);
      if (known && now() - known.readAt < maxAgeMs && !db.inTransaction) return known.version;
      const row = await db.q
        .selectFrom('dataVersions')
        .select('version')
        .where('storeId', '=', storeId)
        .where('area', '=', area)
        .executeTakeFirst();
      const version = row?.version ?? 0;
      if (!db.inTransaction) remembered.set(key, { version, readAt: now() });
      return version;
    },
  };
  return versions;
}
