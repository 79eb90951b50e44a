// Sync persistence: the run records (B1, table `sync_runs`) and the per-resource cursors (R2, `sync_cursors`,
// keyed by store, resource and partition; '' there for a resource followed as a whole, null in the domain).
import type { Selectable } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import type { SyncCursorsTable, SyncRunsTable } from '../db/schema.ts';
import type { ResourceResult, SyncCursor, SyncResource, SyncRun } from './sync.types.ts';

export interface SyncRepo {
  saveRun(run: SyncRun): Promise<void>;
  getRun(storeId: string, runId: string): Promise<SyncRun | undefined>;
  /** The store's runs, newest first; runs started at the same instant (a frozen clock): the later made first. */
  listRuns(storeId: string, limit: number): Promise<SyncRun[]>;
  /** Runs of any store still marked running (after a crash, none of them really is). */
  listRunning(): Promise<SyncRun[]>;
  /** Keeps the store's newest `keep` runs (in listRuns' order); returns how many were dropped. */
  pruneRuns(storeId: string, keep: number): Promise<number>;

  getCursor(
    storeId: string,
    resource: SyncResource,
    partition?: string | null,
  ): Promise<SyncCursor | undefined>;
  /** The store's cursors (of one resource), by resource and partition. */
  listCursors(storeId: string, resource?: SyncResource): Promise<SyncCursor[]>;
  saveCursor(cursor: SyncCursor): Promise<void>;
  removeCursor(cursor: SyncCursor): Promise<void>;
}

/** The cursor id of a resource (and partition, e.g. a warehouse for stock). */
export const cursorId = (storeId: string, resource: SyncResource, partition?: string | null): string =>
  partition ? `${storeId}:${resource}:${partition}` : `${storeId}:${resource}`;

const toRun = (row: Selectable<SyncRunsTable>): SyncRun => ({
  id: row.id,
  storeId: row.storeId,
  trigger: row.trigger as SyncRun['trigger'],
  status: row.status as SyncRun['status'],
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
  resources: row.resources as ResourceResult[],
  error: row.error,
});

function toCursor(row: Selectable<SyncCursorsTable>): SyncCursor {
  const resource = row.resource as SyncResource;
  const partition = row.partition === '' ? null : row.partition;
  return {
    id: cursorId(row.storeId, resource, partition),
    storeId: row.storeId,
    resource,
    partition,
    modifiedSince: row.modifiedSince,
    resumeFrom: row.resumeFrom,
    succeededAt: row.succeededAt,
    fullReadAt: row.fullReadAt,
    updatedAt: row.updatedAt,
  };
}

export function createSyncRepo(db: PortalDb): SyncRepo {
  const runsOf = (storeId: string) => db.q.selectFrom('syncRuns').where('storeId', '=', storeId);
  const cursorKey = (storeId: string, resource: SyncResource, partition?: string | null) =>
    db.q
      .selectFrom('syncCursors')
      .where('storeId', '=', storeId)
      .where('resource', '=', resource)
      .where('partition', '=', partition ?? '');

  return {
    saveRun: async (run) => {
      const { id } = run;
      const changes = {
        storeId: run.storeId,
        trigger: run.trigger,
        status: run.status,
        startedAt: run.startedAt,
        finishedAt: run.finishedAt,
        resources: JSON.stringify(run.resources),
        error: run.error ?? null,
      };
      await db.q
        .insertInto('syncRuns')
        .values({ id, ...changes })
        .onConflict((oc) => oc.column('id').doUpdateSet(changes))
        .execute();
    },
    getRun: async (storeId, runId) => {
      const row = await runsOf(storeId).selectAll().where('id', '=', runId).executeTakeFirst();
      return row && toRun(row);
    },
    listRuns: async (storeId, limit) =>
      (
        await runsOf(storeId)
          .selectAll()
          .orderBy('startedAt', 'desc')
          .orderBy('seq', 'desc')
          .limit(limit)
          .execute()
      ).map(toRun),
    listRunning: async () =>
      (
        await db.q.selectFrom('syncRuns').selectAll().where('status', '=', 'running').orderBy('seq').execute()
      ).map(toRun),
    pruneRuns: async (storeId, keep) => {
      const older = runsOf(storeId)
        .select('id')
        .orderBy('startedAt', 'desc')
        .orderBy('seq', 'desc')
        .offset(Math.max(0, keep));
      const result = await db.q
        .deleteFrom('syncRuns')
        .where('storeId', '=', storeId)
        .where('id', 'in', older)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    getCursor: async (storeId, resource, partition) => {
      const row = await cursorKey(storeId, resource, partition).selectAll().executeTakeFirst();
      return row && toCursor(row);
    },
    listCursors: async (storeId, resource) => {
      let ofStore = db.q.selectFrom('syncCursors').selectAll().where('storeId', '=', storeId);
      if (resource !== undefined) ofStore = ofStore.where('resource', '=', resource);
      return (await ofStore.orderBy('resource').orderBy('partition').execute()).map(toCursor);
    },
    saveCursor: async (cursor) => {
      const key = { storeId: cursor.storeId, resource: cursor.resource, partition: cursor.partition ?? '' };
      const changes = {
        modifiedSince: cursor.modifiedSince,
        resumeFrom: cursor.resumeFrom,
        succeededAt: cursor.succeededAt,
        fullReadAt: cursor.fullReadAt ?? null,
        updatedAt: cursor.updatedAt,
      };
      await db.q
        .insertInto('syncCursors')
        .values({ ...key, ...changes })
        .onConflict((oc) => oc.columns(['storeId', 'resource', 'partition']).doUpdateSet(changes))
        .execute();
    },
    removeCursor: async (cursor) => {
      await db.q
        .deleteFrom('syncCursors')
        .where('storeId', '=', cursor.storeId)
        .where('resource', '=', cursor.resource)
        .where('partition', '=', cursor.partition ?? '')
        .execute();
    },
  };
}
