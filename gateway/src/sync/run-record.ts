// The run record (B1) while a run goes on: created with every resource pending, saved after each page so an
// admin watching sees progress, and closed with the run's outcome.
import type { SyncRepo } from './sync.repo.ts';
import { type ResourceResult, SYNC_ORDER, type SyncResource, type SyncRun } from './sync.types.ts';

export type RunTrigger = SyncRun['trigger'];

/** A run as it starts: running, every resource pending with zero counts. */
export function newRun(id: string, storeId: string, trigger: RunTrigger, startedAt: string): SyncRun {
  return {
    id,
    storeId,
    trigger,
    status: 'running',
    startedAt,
    finishedAt: null,
    error: null,
    resources: SYNC_ORDER.map(
      (resource): ResourceResult => ({
        resource,
        status: 'pending',
        added: 0,
        changed: 0,
        removed: 0,
        skipped: [],
        calls: 0,
        error: null,
        pagesDone: 0,
        pagesTotal: null,
      }),
    ),
  };
}

/** A resource's result within a run (every run has one per resource). */
export function resultOf(run: SyncRun, resource: SyncResource): ResourceResult {
  const result = run.resources.find((r) => r.resource === resource);
  if (!result) throw new Error(`Run ${run.id} has no ${resource} result.`);
  return result;
}

/** Closes a run: failed if any resource failed, interrupted if it was stopped, else succeeded. */
export function finishRun(run: SyncRun, finishedAt: string, interrupted: boolean): void {
  for (const result of run.resources)
    if (result.status === 'pending' || result.status === 'running') result.status = 'skipped';
  const failed = run.resources.filter((r) => r.status === 'failed');
  run.status = interrupted ? 'interrupted' : failed.length > 0 ? 'failed' : 'succeeded';
  run.error = interrupted
    ? 'Stopped before it finished; the next run resumes where it stopped.'
    : failed.length > 0
      ? failed.map((r) => `${r.resource}: ${r.error}`).join('; ')
      : null;
  run.finishedAt = finishedAt;
}

/** Saves the run and tells the observer (a copy, so the observer cannot change the run). */
export function runSaver(repo: SyncRepo, run: SyncRun, observe?: (run: SyncRun) => void | Promise<void>) {
  return async () => {
    await repo.saveRun(run);
    await observe?.(structuredClone(run));
  };
}

/**
 * Marks runs whose instance went quiet before `staleBefore` (it died) as interrupted; their cursors hold the
 * resume points. A run whose owner comes back meanwhile is left alone.
 */
export async function markAbandoned(
  repo: SyncRepo,
  finishedAt: string,
  staleBefore: string,
  storeId?: string,
): Promise<SyncRun[]> {
  const abandoned: SyncRun[] = [];
  for (const run of await repo.listStaleRunning(staleBefore, storeId)) {
    for (const result of run.resources) {
      if (result.status === 'running')
        result.error = 'Stopped by the gateway stopping; resumes on the next run.';
    }
    finishRun(run, finishedAt, true);
    run.error = 'The gateway stopped during this run; the next run resumes where it stopped.';
    if (await repo.closeStaleRun(run, staleBefore)) abandoned.push(run);
  }
  return abandoned;
}
