// Sync persistence: the run records (B1) and the per-resource cursors (R2). Runs are keyed by their id (a
// UUID); cursors by `${storeId}:${resource}[:${partition}]`.
import type { CollectionBackend } from '../storage/collections.ts';
import type { SyncCursor, SyncResource, SyncRun } from './sync.types.ts';

export interface SyncRepo {
  saveRun(run: SyncRun): Promise<void>;
  getRun(storeId: string, runId: string): Promise<SyncRun | undefined>;
  /** The store's runs, newest first. */
  listRuns(storeId: string, limit: number): Promise<SyncRun[]>;
  /** Runs of any store still marked running (after a crash, none of them really is). */
  listRunning(): Promise<SyncRun[]>;
  /** Keeps the store's newest `keep` runs; returns how many were dropped. */
  pruneRuns(storeId: string, keep: number): Promise<number>;

  getCursor(
    storeId: string,
    resource: SyncResource,
    partition?: string | null,
  ): Promise<SyncCursor | undefined>;
  listCursors(storeId: string, resource?: SyncResource): Promise<SyncCursor[]>;
  saveCursor(cursor: SyncCursor): Promise<void>;
  removeCursor(cursor: SyncCursor): Promise<void>;
}

/** The cursor id of a resource (and partition, e.g. a warehouse for stock). */
export const cursorId = (storeId: string, resource: SyncResource, partition?: string | null): string =>
  partition ? `${storeId}:${resource}:${partition}` : `${storeId}:${resource}`;

/**
 * Newest first. Runs started at the same instant (a frozen or coarse clock) keep the order they were made in,
 * newest first: the collection lists records in insertion order, which a random id would not.
 */
function newestFirst(runs: readonly SyncRun[]): SyncRun[] {
  return runs
    .map((run, made) => ({ run, made }))
    .sort((a, b) => b.run.startedAt.localeCompare(a.run.startedAt) || b.made - a.made)
    .map(({ run }) => run);
}

/** The embedded sync repository (concern `sync`). */
export async function createSyncRepo(backend: CollectionBackend): Promise<SyncRepo> {
  const runs = await backend.collection<SyncRun>('sync', 'runs');
  const cursors = await backend.collection<SyncCursor>('sync', 'cursors');
  const runsOf = (storeId: string) => runs.all().filter((run) => run.storeId === storeId);

  return {
    saveRun: (run) => runs.put(structuredClone(run)),
    getRun: async (storeId, runId) => {
      const run = runs.get(runId);
      return run?.storeId === storeId ? structuredClone(run) : undefined;
    },
    listRuns: async (storeId, limit) => structuredClone(newestFirst(runsOf(storeId)).slice(0, limit)),
    listRunning: async () => structuredClone(runs.all().filter((run) => run.status === 'running')),
    pruneRuns: async (storeId, keep) => {
      const old = newestFirst(runsOf(storeId)).slice(keep);
      return runs.remove(...old.map((run) => run.id));
    },

    getCursor: async (storeId, resource, partition) => cursors.get(cursorId(storeId, resource, partition)),
    listCursors: async (storeId, resource) =>
      cursors
        .all()
        .filter((c) => c.storeId === storeId && (resource === undefined || c.resource === resource)),
    saveCursor: (cursor) => cursors.put(cursor),
    removeCursor: async (cursor) => {
      await cursors.remove(cursor.id);
    },
  };
}
