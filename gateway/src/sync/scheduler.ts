// Runs each store's sync on its own schedule (R2): every Store.syncIntervalMinutes (15 by default), each
// store independently. Each store has one pending node-schedule job at a time, set for the next run when the
// previous one fires, so any interval works (not only divisors of an hour) and nextRunAt is always known. Every
// instance keeps this schedule; a tick names its run by the store and the interval slot it falls in, so the
// instances ticking for the same slot start one run, and a tick that finds a sync running is skipped.
import schedule from 'node-schedule';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/problems.ts';
import type { SyncLogger } from './sync.service.ts';

const MINUTE_MS = 60_000;

export interface SchedulerDeps {
  /** Starts the run of a slot (the engine's startScheduled). */
  runScheduled(storeId: string, slot: string): Promise<unknown>;
  clock: Clock;
  logger?: SyncLogger;
}

export interface SyncScheduler {
  /**
   * Schedules (or reschedules) a store every `intervalMinutes`. The first run is at `firstRunAt` when given,
   * else one interval from now; when only the interval changes, the next run moves earlier if the new interval
   * makes it due sooner, and never later.
   */
  schedule(storeId: string, intervalMinutes: number, firstRunAt?: Date): void;
  unschedule(storeId: string): void;
  nextRunAt(storeId: string): Date | null;
  /** Cancels every job (shutdown); running syncs are stopped by the engine's stop(). */
  stop(): void;
}

interface Plan {
  intervalMinutes: number;
  next: Date;
  job: schedule.Job | null;
}

/** When a store's first run should be after a restart: one interval after its last run, but not in the past. */
export function firstRunAfter(
  lastStartedAt: string | null,
  intervalMinutes: number,
  now: Date,
  soonMs = 10_000,
): Date {
  const soon = now.getTime() + soonMs;
  if (!lastStartedAt) return new Date(soon);
  return new Date(Math.max(soon, Date.parse(lastStartedAt) + intervalMinutes * MINUTE_MS));
}

/** The scheduler; the gateway schedules each store at start and on every settings change. */
export function createScheduler(deps: SchedulerDeps): SyncScheduler {
  const plans = new Map<string, Plan>();
  let stopped = false;

  const tick = async (storeId: string, dueAt: Date, intervalMinutes: number) => {
    const slot = `${intervalMinutes}m:${Math.floor(dueAt.getTime() / (intervalMinutes * MINUTE_MS))}`;
    try {
      await deps.runScheduled(storeId, slot);
    } catch (error) {
      if (error instanceof AppError && error.problem === 'sync-already-running') {
        deps.logger?.info({ storeId }, 'scheduled sync skipped: one is already running');
      } else {
        deps.logger?.warn({ storeId, err: error }, 'scheduled sync could not run');
      }
    }
  };

  const arm = (storeId: string, plan: Plan, at: Date) => {
    plan.job?.cancel();
    plan.next = new Date(Math.max(at.getTime(), deps.clock.now().getTime() + 1000));
    plan.job = schedule.scheduleJob(plan.next, () => {
      const dueAt = plan.next;
      // Due one interval after this tick was due (runs do not drift), or from now if that has passed already.
      const due = dueAt.getTime() + plan.intervalMinutes * MINUTE_MS;
      if (plans.get(storeId) === plan && !stopped) arm(storeId, plan, new Date(due));
      void tick(storeId, dueAt, plan.intervalMinutes);
    });
  };

  return {
    schedule(storeId, intervalMinutes, firstRunAt) {
      if (stopped) return;
      const existing = plans.get(storeId);
      const fromNow = new Date(deps.clock.now().getTime() + intervalMinutes * MINUTE_MS);
      if (existing && !firstRunAt) {
        if (existing.intervalMinutes === intervalMinutes) return;
        existing.intervalMinutes = intervalMinutes;
        arm(storeId, existing, existing.next < fromNow ? existing.next : fromNow);
        return;
      }
      existing?.job?.cancel();
      const plan: Plan = { intervalMinutes, next: fromNow, job: null };
      plans.set(storeId, plan);
      arm(storeId, plan, firstRunAt ?? fromNow);
    },
    unschedule(storeId) {
      plans.get(storeId)?.job?.cancel();
      plans.delete(storeId);
    },
    nextRunAt: (storeId) => plans.get(storeId)?.next ?? null,
    stop() {
      stopped = true;
      for (const plan of plans.values()) plan.job?.cancel();
      plans.clear();
    },
  };
}
