// The standing-order clock tick: every minute (node-schedule, at second 0), on every instance, it queues the
// jobs of due runs and reminders (standing-orders.jobs.ts; their ids make racing ticks queue each once).
// Polling, rather than one timer per due date, keeps it right whatever the injected clock does (tests move a
// TestClock) and needs nothing rebuilt when a standing order changes. start() first catches up on what fell
// due while the gateway was down.
import schedule from 'node-schedule';
import type { StandingOrderJobs } from './standing-orders.jobs.ts';

export interface StandingOrderSchedule {
  /** Runs what is due now (missed runs: the latest one each), then ticks every minute. */
  start(): Promise<void>;
  /** Cancels the tick and waits for a running pass. */
  stop(): Promise<void>;
}

export function createStandingOrderSchedule(deps: {
  runner: Pick<StandingOrderJobs, 'runDue' | 'idle'>;
  logger?: { warn(details: object, message: string): void };
}): StandingOrderSchedule {
  let job: schedule.Job | null = null;
  let stopped = false;
  const pass = () =>
    deps.runner
      .runDue()
      .catch((error: unknown) => deps.logger?.warn({ err: error }, 'standing orders tick failed'));
  return {
    async start() {
      if (stopped || job) return;
      await pass();
      job = schedule.scheduleJob('* * * * *', () => void (stopped || pass()));
    },
    async stop() {
      stopped = true;
      job?.cancel();
      job = null;
      await deps.runner.idle();
    },
  };
}
