// The sync engine (R2, B1): runs a store's sync now or in the background, one run at a time per store (stores
// sync independently), and answers what the sync is doing and did. Runs left running by a process that died are
// marked interrupted at startup; stop() ends running passes after their current page, cursors consistent.
import { randomUUID } from 'node:crypto';
import { AppError } from '../http/problems.ts';
import type { Store } from '../stores/stores.types.ts';
import { executeRun, type RunDeps } from './run.ts';
import { finishRun, markAbandoned, newRun, type RunTrigger } from './run-record.ts';
import type { SyncResource, SyncRun } from './sync.types.ts';
import { cursorSummary, type SyncStatusView } from './sync-status.ts';

/** pino's shape, so the gateway's logger can be passed as is. */
export interface SyncLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface SyncEngineDeps extends Omit<RunDeps, 'pageSize' | 'log'> {
  stores: { get(id: string): Promise<Store | undefined> };
  /** Page size asked of Unleashed (default 1000, its maximum). */
  pageSize?: number;
  /** Runs kept per store (default 200). */
  keepRuns?: number;
  /** When the store's next scheduled run is (from the scheduler), for status(). */
  nextRunAt?: (storeId: string) => Date | null;
  logger?: SyncLogger;
}

export interface SyncEngine {
  /** Runs a sync of the store to its end and returns the run. Throws sync-already-running (409) or not-found. */
  runSync(storeId: string, trigger: RunTrigger): Promise<SyncRun>;
  /** Starts a sync in the background and returns its run record as it starts (for a 202). Same errors. */
  startSync(storeId: string, trigger: RunTrigger): Promise<SyncRun>;
  /**
   * Starts a sync now or, while one runs, right after it ends: requests made during one run make a single
   * follow-up run. For work that must reach Unleashed soon (a placed order) whatever is running.
   */
  requestSync(storeId: string, trigger: RunTrigger): void;
  isRunning(storeId: string): boolean;
  /** The running run, the last finished one, the next scheduled time and the cursors (SyncStatus). */
  status(storeId: string): Promise<SyncStatusView>;
  /** When every part of this resource last synced successfully (null before the first success). */
  lastSucceededAt(storeId: string, resource: SyncResource): Promise<string | null>;
  /** The store's runs, newest first (default 20). */
  listRuns(storeId: string, limit?: number): Promise<SyncRun[]>;
  /** One run; throws not-found (404). */
  getRun(storeId: string, runId: string): Promise<SyncRun>;
  /** At startup: marks runs a dead process left running as interrupted; returns them. */
  recoverInterrupted(): Promise<SyncRun[]>;
  /** Graceful shutdown: running passes stop after their current page; resolves when every run has ended. */
  stop(): Promise<void>;
}

interface Active {
  controller: AbortController;
  run: SyncRun | null;
  done: Promise<SyncRun> | null;
}

/** The engine over the given repositories and Unleashed client factory; see SyncEngine. */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const active = new Map<string, Active>();
  /** Stores whose running sync is to be followed by another run, with that run's trigger. */
  const followUps = new Map<string, RunTrigger>();
  const now = () => deps.clock.now().toISOString();
  const log = (level: 'info' | 'warn' | 'error', fields: Record<string, unknown>, message: string) =>
    deps.logger?.[level](fields, message);
  const runDeps = { ...deps, pageSize: deps.pageSize ?? 1000, log };
  let stopped = false;

  const settle = async (store: Store, run: SyncRun, slot: Active): Promise<SyncRun> => {
    try {
      const finished = await executeRun(runDeps, store, run, slot.controller.signal);
      log('info', { storeId: store.id, runId: run.id, status: run.status }, 'sync run finished');
      return structuredClone(finished);
    } catch (error) {
      finishRun(run, now(), false);
      Object.assign(run, { status: 'failed', error: error instanceof Error ? error.message : String(error) });
      await deps.syncRepo.saveRun(run).catch(() => undefined);
      log('error', { storeId: store.id, runId: run.id, err: error }, 'sync run crashed');
      throw error;
    } finally {
      active.delete(store.id);
      await deps.syncRepo.pruneRuns(store.id, deps.keepRuns ?? 200).catch(() => undefined);
      const followUp = followUps.get(store.id);
      if (followUp && !stopped) {
        followUps.delete(store.id);
        request(store.id, followUp);
      }
    }
  };

  const request = (storeId: string, trigger: RunTrigger): void => {
    if (active.has(storeId)) {
      followUps.set(storeId, trigger);
      return;
    }
    begin(storeId, trigger)
      .then(({ done }) => done.catch(() => undefined))
      .catch((error: unknown) => {
        // Another run took the slot between the check and the start: follow it instead.
        if (error instanceof AppError && error.problem === 'sync-already-running')
          followUps.set(storeId, trigger);
        else log('warn', { storeId, err: error }, 'could not start the requested sync');
      });
  };

  const begin = async (storeId: string, trigger: RunTrigger) => {
    if (stopped) throw new Error('The sync engine is stopping; no new run starts.');
    const running = active.get(storeId);
    if (running) {
      const which = running.run ? ` (run ${running.run.id}, started ${running.run.startedAt})` : '';
      throw new AppError('sync-already-running', `A sync of this store is already running${which}.`);
    }
    const slot: Active = { controller: new AbortController(), run: null, done: null };
    active.set(storeId, slot);
    const store = await deps.stores.get(storeId).catch((error: unknown) => {
      active.delete(storeId);
      throw error;
    });
    if (!store) {
      active.delete(storeId);
      throw new AppError('not-found', `There is no store ${storeId}.`);
    }
    const run = newRun(randomUUID(), storeId, trigger, now());
    slot.run = run;
    slot.done = settle(store, run, slot);
    return { run, done: slot.done };
  };

  return {
    runSync: async (storeId, trigger) => (await begin(storeId, trigger)).done,
    async startSync(storeId, trigger) {
      const { run, done } = await begin(storeId, trigger);
      done.catch(() => undefined);
      return structuredClone(run);
    },
    requestSync: request,
    isRunning: (storeId) => active.has(storeId),
    async status(storeId) {
      const running = active.get(storeId)?.run ?? null;
      const recent = await deps.syncRepo.listRuns(storeId, 2);
      return {
        running: running && structuredClone(running),
        lastRun: recent.find((run) => run.id !== running?.id) ?? null,
        nextRunAt: deps.nextRunAt?.(storeId)?.toISOString() ?? null,
        cursors: cursorSummary(await deps.syncRepo.listCursors(storeId)),
      };
    },
    lastSucceededAt: async (storeId, resource) =>
      cursorSummary(await deps.syncRepo.listCursors(storeId, resource)).find((c) => c.resource === resource)
        ?.lastSucceededAt ?? null,
    listRuns: (storeId, limit = 20) => deps.syncRepo.listRuns(storeId, limit),
    async getRun(storeId, runId) {
      const run = await deps.syncRepo.getRun(storeId, runId);
      if (!run) throw new AppError('not-found', `Store ${storeId} has no sync run ${runId}.`);
      return run;
    },
    recoverInterrupted: () =>
      markAbandoned(
        deps.syncRepo,
        now(),
        new Set([...active.values()].flatMap((slot) => (slot.run ? [slot.run.id] : []))),
      ),
    async stop() {
      stopped = true;
      const slots = [...active.values()];
      for (const slot of slots) slot.controller.abort();
      await Promise.allSettled(slots.map((slot) => slot.done));
    },
  };
}
