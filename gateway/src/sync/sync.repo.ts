// Sync persistence: the run records (B1, table `sync_runs`) and the per-resource cursors (R2, `sync_cursors`,
// keyed by store, resource and partition; '' there for a resource followed as a whole, null in the domain).
import type { ExpressionBuilder, Selectable } from 'kysely';
import { createDataVersions, type DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import type { Database, SyncCursorsTable, SyncRunsTable } from '../db/schema.ts';
import { fromStoreRows } from '../db/store-rows.ts';
import { upsertRow } from '../db/upsert-row.ts';
import type { ResourceResult, SyncCursor, SyncResource, SyncRun } from './sync.types.ts';

/** Who runs a run: an instance id, and when it last said it is alive. */
export interface RunLease {
  owner: string;
  at: string;
}

export interface SyncRepo {
  saveRun(run: SyncRun): Promise<void>;
  /** Saves the run only while `lease.owner` holds it (and renews the heartbeat); false when it lost the run. */
  saveLeasedRun(run: SyncRun, lease: RunLease): Promise<boolean>;
  /**
   * Adds a new running run unless the store has one running already (or this id exists): one running run per
   * store across every instance. `owner` null: it waits for whichever worker takes it.
   */
  claimRun(run: SyncRun, owner: string | null, at: string): Promise<boolean>;
  /** Takes a running run for `lease.owner` if it is unowned, its own, or its owner went quiet before `staleBefore`. */
  takeOverRun(runId: string, lease: RunLease, staleBefore: string): Promise<SyncRun | undefined>;
  /** Renews the owner's heartbeat; false when the run is no longer this owner's or no longer running. */
  heartbeat(runId: string, lease: RunLease): Promise<boolean>;
  /** Running runs whose owner went quiet before `staleBefore` (their instance died), of one store or all. */
  listStaleRunning(staleBefore: string, storeId?: string): Promise<SyncRun[]>;
  /** Closes a stale run as `run` says, unless its owner came back meanwhile; false then. */
  closeStaleRun(run: SyncRun, staleBefore: string): Promise<boolean>;
  getRun(storeId: string, runId: string): Promise<SyncRun | undefined>;
  /** The store's runs, newest first; runs started at the same instant (a frozen clock): the later made first. */
  listRuns(storeId: string, limit: number): Promise<SyncRun[]>;
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

const runColumns = (run: SyncRun) => ({
  id: run.id,
  storeId: run.storeId,
  trigger: run.trigger,
  status: run.status,
  startedAt: run.startedAt,
  finishedAt: run.finishedAt,
  resources: JSON.stringify(run.resources),
  error: run.error ?? null,
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

export function createSyncRepo(db: PortalDb, versions: DataVersions = createDataVersions(db)): SyncRepo {
  /** A stock cursor's change moves 'stock' with it: buyers' catalogue pages carry the stock's age, cached. */
  const withStockVersion = async (cursor: SyncCursor, write: () => Promise<unknown>) => {
    if (cursor.resource !== 'stock') return void (await write());
    const both = async () => {
      await write();
      await versions.bump(cursor.storeId, 'stock');
    };
    // Inside a sync page's transaction already: no savepoint needed.
    await (db.inTransaction ? both() : db.transaction(both));
  };
  const runsOf = (storeId: string) => fromStoreRows(db, 'syncRuns', storeId);
  const cursorKey = (storeId: string, resource: SyncResource, partition?: string | null) =>
    db.q
      .selectFrom('syncCursors')
      .where('storeId', '=', storeId)
      .where('resource', '=', resource)
      .where('partition', '=', partition ?? '');

  const quiet = (staleBefore: string) => (eb: ExpressionBuilder<Database, 'syncRuns'>) =>
    eb.or([eb('heartbeatAt', 'is', null), eb('heartbeatAt', '<', staleBefore)]);
  return {
    saveRun: (run) => upsertRow(db, 'syncRuns', ['id'], runColumns(run)),
    saveLeasedRun: async (run, lease) => {
      const { id, ...changes } = runColumns(run);
      const result = await db.q
        .updateTable('syncRuns')
        .set({ ...changes, heartbeatAt: lease.at })
        .where('id', '=', id)
        .where('owner', '=', lease.owner)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    claimRun: async (run, owner, at) => {
      const inserted = await db.q
        .insertInto('syncRuns')
        .values({ ...runColumns(run), owner, heartbeatAt: at })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    takeOverRun: async (runId, lease, staleBefore) => {
      const row = await db.q
        .updateTable('syncRuns')
        .set({ owner: lease.owner, heartbeatAt: lease.at })
        .where('id', '=', runId)
        .where('status', '=', 'running')
        .where((eb) =>
          eb.or([eb('owner', 'is', null), eb('owner', '=', lease.owner), quiet(staleBefore)(eb)]),
        )
        .returningAll()
        .executeTakeFirst();
      return row && toRun(row);
    },
    heartbeat: async (runId, lease) => {
      const result = await db.q
        .updateTable('syncRuns')
        .set({ heartbeatAt: lease.at })
        .where('id', '=', runId)
        .where('owner', '=', lease.owner)
        .where('status', '=', 'running')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    listStaleRunning: async (staleBefore, storeId) => {
      let running = db.q
        .selectFrom('syncRuns')
        .selectAll()
        .where('status', '=', 'running')
        .where(quiet(staleBefore));
      if (storeId !== undefined) running = running.where('storeId', '=', storeId);
      return (await running.orderBy('seq').execute()).map(toRun);
    },
    closeStaleRun: async (run, staleBefore) => {
      const { id, ...changes } = runColumns(run);
      const result = await db.q
        .updateTable('syncRuns')
        .set(changes)
        .where('id', '=', id)
        .where('status', '=', 'running')
        .where(quiet(staleBefore))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
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
    saveCursor: (cursor) => {
      const key = { storeId: cursor.storeId, resource: cursor.resource, partition: cursor.partition ?? '' };
      const changes = {
        modifiedSince: cursor.modifiedSince,
        resumeFrom: cursor.resumeFrom,
        succeededAt: cursor.succeededAt,
        fullReadAt: cursor.fullReadAt ?? null,
        updatedAt: cursor.updatedAt,
      };
      return withStockVersion(cursor, () =>
        db.q
          .insertInto('syncCursors')
          .values({ ...key, ...changes })
          .onConflict((oc) => oc.columns(['storeId', 'resource', 'partition']).doUpdateSet(changes))
          .execute(),
      );
    },
    removeCursor: (cursor) =>
      withStockVersion(cursor, () =>
        db.q
          .deleteFrom('syncCursors')
          .where('storeId', '=', cursor.storeId)
          .where('resource', '=', cursor.resource)
          .where('partition', '=', cursor.partition ?? '')
          .execute(),
      ),
  };
}
