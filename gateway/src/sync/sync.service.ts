// The sync engine (R2, B1): one run at a time per store across every gateway instance (the database holds at
// most one running run per store), stores independent. A run started by an admin or the schedule is claimed in
// the database and handed to the job engine, so whichever instance is free runs it; the instance running it
// keeps a heartbeat, and a run whose instance died is taken over (or closed as interrupted) once the heartbeat
// is older than `staleAfterMs`. stop() ends this instance's runs after their current page, cursors consistent.
import { randomUUID } from 'node:crypto';
import { AppError } from '../http/problems.ts';
import { stableJobId } from '../jobs/stable-id.ts';
import type { Store } from '../stores/stores.types.ts';
import { executeRun, type RunDeps } from './run.ts';
import { finishRun, markAbandoned, newRun, type RunTrigger } from './run-record.ts';
import type { SyncRepo } from './sync.repo.ts';
import type { SyncRun } from './sync.types.ts';
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
  /** Hands a claimed run to the job engine (which calls runJob on some instance); absent: runs here. */
  dispatch?: (run: SyncRun) => Promise<void>;
  /** Wraps the claim and the dispatch in one transaction. */
  transaction?: <T>(work: () => Promise<T>) => Promise<T>;
  /** How often a running run says its instance is alive (default 10 s), and when silence means dead (60 s). */
  heartbeatMs?: number;
  staleAfterMs?: number;
}

export interface SyncEngine {
  /** Runs a sync of the store here, to its end, and returns the run. Throws sync-already-running (409) or not-found. */
  runSync(storeId: string, trigger: RunTrigger): Promise<SyncRun>;
  /** Starts a sync (on whichever instance takes the job) and returns its run record as it starts. Same errors. */
  startSync(storeId: string, trigger: RunTrigger): Promise<SyncRun>;
  /** The schedule's run due at `slot` (the same slot on every instance names the same run); false when skipped. */
  startScheduled(storeId: string, slot: string): Promise<boolean>;
  /** The job engine's entry: runs a claimed run unless another live instance runs it already. */
  runJob(storeId: string, runId: string): Promise<void>;
  /** Whether this instance is running a sync of the store. */
  isRunning(storeId: string): boolean;
  /** The running run (on any instance), the last finished one, the next scheduled time and the cursors. */
  status(storeId: string): Promise<SyncStatusView>;
  /** The store's runs, newest first (default 20). */
  listRuns(storeId: string, limit?: number): Promise<SyncRun[]>;
  /** One run; throws not-found (404). */
  getRun(storeId: string, runId: string): Promise<SyncRun>;
  /** Marks runs whose instance died (heartbeat older than staleAfterMs) as interrupted; returns them. */
  recoverInterrupted(): Promise<SyncRun[]>;
  /** Graceful shutdown: running passes stop after their current page; resolves when every run has ended. */
  stop(): Promise<void>;
}

interface Active {
  controller: AbortController;
  run: SyncRun;
  done: Promise<SyncRun>;
}

/** The engine over the given repositories and Unleashed client factory; see SyncEngine. */
export function createSyncEngine(deps: SyncEngineDeps): SyncEngine {
  const owner = randomUUID();
  const active = new Map<string, Active>();
  const now = () => deps.clock.now().toISOString();
  const staleBefore = () =>
    new Date(deps.clock.now().getTime() - (deps.staleAfterMs ?? 60_000)).toISOString();
  const lease = () => ({ owner, at: now() });
  const log = (level: 'info' | 'warn' | 'error', fields: Record<string, unknown>, message: string) =>
    deps.logger?.[level](fields, message);
  const transaction = deps.transaction ?? ((work) => work());
  let stopped = false;

  const storeOf = async (storeId: string) => {
    const store = await deps.stores.get(storeId);
    if (!store) throw new AppError('not-found', `There is no store ${storeId}.`);
    return store;
  };

  /** Claims a new running run of the store in the database (one per store across instances). */
  const claim = async (storeId: string, trigger: RunTrigger, runOwner: string | null, runId?: string) => {
    if (stopped) throw new Error('The sync engine is stopping; no new run starts.');
    const store = await storeOf(storeId);
    await markAbandoned(deps.syncRepo, now(), staleBefore(), storeId);
    const run = newRun(runId ?? randomUUID(), storeId, trigger, now());
    if (!(await deps.syncRepo.claimRun(run, runOwner, now()))) {
      const running = (await deps.syncRepo.listRuns(storeId, 5)).find((r) => r.status === 'running');
      const which = running ? ` (run ${running.id}, started ${running.startedAt})` : '';
      throw new AppError('sync-already-running', `A sync of this store is already running${which}.`);
    }
    return { store, run };
  };

  /** Runs a run this instance holds, with its heartbeat; ends early when another instance took it over. */
  const execute = (store: Store, run: SyncRun): Promise<SyncRun> => {
    const controller = new AbortController();
    const lost = (held: boolean) => {
      if (!held) controller.abort();
    };
    const syncRepo: SyncRepo = {
      ...deps.syncRepo,
      saveRun: async (record) => lost(await deps.syncRepo.saveLeasedRun(record, lease())),
    };
    const beat = setInterval(() => {
      deps.syncRepo.heartbeat(run.id, lease()).then(lost, () => undefined);
    }, deps.heartbeatMs ?? 10_000);
    beat.unref();
    const runDeps = { ...deps, syncRepo, pageSize: deps.pageSize ?? 1000, log };
    const done = (async () => {
      try {
        const finished = await executeRun(runDeps, store, run, controller.signal);
        log('info', { storeId: store.id, runId: run.id, status: run.status }, 'sync run finished');
        return structuredClone(finished);
      } catch (error) {
        finishRun(run, now(), false);
        Object.assign(run, {
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
        });
        await syncRepo.saveRun(run).catch(() => undefined);
        log('error', { storeId: store.id, runId: run.id, err: error }, 'sync run crashed');
        throw error;
      } finally {
        clearInterval(beat);
        active.delete(store.id);
        await deps.syncRepo.pruneRuns(store.id, deps.keepRuns ?? 200).catch(() => undefined);
      }
    })();
    active.set(store.id, { controller, run, done });
    return done;
  };

  const runHere = async (storeId: string, trigger: RunTrigger) => {
    if (active.has(storeId)) {
      const running = active.get(storeId)?.run;
      throw new AppError(
        'sync-already-running',
        `A sync of this store is already running (run ${running?.id}, started ${running?.startedAt}).`,
      );
    }
    const { store, run } = await claim(storeId, trigger, owner);
    return { run, done: execute(store, run) };
  };

  /** Claims a run for a worker and dispatches it in one transaction (or runs it here without a job engine). */
  const dispatchNew = async (storeId: string, trigger: RunTrigger, runId?: string): Promise<SyncRun> => {
    const { dispatch } = deps;
    if (!dispatch) {
      const { run, done } = await runHere(storeId, trigger);
      done.catch(() => undefined);
      return structuredClone(run);
    }
    return transaction(async () => {
      const { run } = await claim(storeId, trigger, null, runId);
      await dispatch(run);
      return structuredClone(run);
    });
  };

  return {
    runSync: async (storeId, trigger) => (await runHere(storeId, trigger)).done,
    startSync: (storeId, trigger) => dispatchNew(storeId, trigger),
    async startScheduled(storeId, slot) {
      try {
        await dispatchNew(storeId, 'schedule', stableJobId('sync-run', storeId, slot));
        return true;
      } catch (error) {
        if (error instanceof AppError && error.problem === 'sync-already-running') {
          log('info', { storeId, slot }, 'scheduled sync skipped: one is running or this slot ran already');
          return false;
        }
        throw error;
      }
    },
    async runJob(storeId, runId) {
      if (stopped) throw new Error('The sync engine is stopping; the run is left for another instance.');
      const run = await deps.syncRepo.takeOverRun(runId, lease(), staleBefore());
      if (!run) return;
      const store = await deps.stores.get(storeId);
      if (!store) {
        finishRun(run, now(), false);
        await deps.syncRepo.saveLeasedRun({ ...run, status: 'failed', error: 'The store is gone.' }, lease());
        return;
      }
      await execute(store, run);
    },
    isRunning: (storeId) => active.has(storeId),
    async status(storeId) {
      const recent = await deps.syncRepo.listRuns(storeId, 3);
      const running = active.get(storeId)?.run ?? recent.find((run) => run.status === 'running') ?? null;
      return {
        running: running && structuredClone(running),
        lastRun: recent.find((run) => run.id !== running?.id && run.status !== 'running') ?? null,
        nextRunAt: deps.nextRunAt?.(storeId)?.toISOString() ?? null,
        cursors: cursorSummary(await deps.syncRepo.listCursors(storeId)),
      };
    },
    listRuns: (storeId, limit = 20) => deps.syncRepo.listRuns(storeId, limit),
    async getRun(storeId, runId) {
      const run = await deps.syncRepo.getRun(storeId, runId);
      if (!run) throw new AppError('not-found', `Store ${storeId} has no sync run ${runId}.`);
      return run;
    },
    recoverInterrupted: () => markAbandoned(deps.syncRepo, now(), staleBefore()),
    async stop() {
      stopped = true;
      const slots = [...active.values()];
      for (const slot of slots) slot.controller.abort();
      await Promise.allSettled(slots.map((slot) => slot.done));
    },
  };
}
