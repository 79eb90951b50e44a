// Standing-order runs and reminders as jobs (R21, issue 12 §5). The minute tick, on every instance, only works
// out what is due and sends one job per (standing order, due date) for a run and one for a reminder, each with
// an id made of those, so ticks racing on several instances, repeated every minute or after a restart queue it
// once; whichever instance takes the job does the work (standing-orders.runner.ts), whose claim in storage
// keeps a job delivered twice from doing it twice. After downtime only the LATEST missed date runs (the earlier
// ones are skipped, not recorded).
import type { Clock } from '../clock.ts';
import type { JobEngine, QueueSettings } from '../jobs/job-engine.ts';
import { stableJobId } from '../jobs/stable-id.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { latestDue } from './standing-orders.dates.ts';
import type { StandingOrdersRepo } from './standing-orders.repo.ts';
import { reminderDueFor, type StandingOrderRunner } from './standing-orders.runner.ts';

export const STANDING_ORDER_RUN_QUEUE = 'standing-order-run';
export const STANDING_ORDER_REMINDER_QUEUE = 'standing-order-reminder';

interface DueJob {
  storeId: string;
  standingOrderId: string;
  dueDate: string;
}

// A run or a reminder is a short transaction on the database (the push to Unleashed is the order's own import
// job), so a job still active after 5 minutes belonged to an instance that died: its transaction rolled back,
// and the retry does the run once. A job fails on a database error or because a buyer's edit raced it; retries
// 30 s apart (doubling, about half an hour in all) re-read the standing order and either do it or find it no
// longer due. A job that failed for good keeps its id taken while pg-boss keeps it (12 hours), so the tick
// does not hammer a run that keeps failing; after that, a run still due is queued again.
const QUEUE: QueueSettings = {
  retryLimit: 6,
  retryDelaySeconds: 30,
  retryBackoff: true,
  expireInSeconds: 300,
};

export interface StandingOrderJobsDeps {
  jobs: JobEngine;
  repo: StandingOrdersRepo;
  stores: StoresService;
  runner: StandingOrderRunner;
  clock: Clock;
  logger?: { warn(details: object, message: string): void };
}

/** Defines and works both queues on this instance; runDue() is the tick. */
export async function createStandingOrderJobs(deps: StandingOrderJobsDeps) {
  for (const name of [STANDING_ORDER_RUN_QUEUE, STANDING_ORDER_REMINDER_QUEUE])
    await deps.jobs.defineQueue(name, QUEUE);
  await deps.jobs.work<DueJob>(STANDING_ORDER_RUN_QUEUE, (job) =>
    deps.runner.placeRun(job.storeId, job.standingOrderId, job.dueDate),
  );
  await deps.jobs.work<DueJob>(STANDING_ORDER_REMINDER_QUEUE, (job) =>
    deps.runner.sendReminder(job.storeId, job.standingOrderId, job.dueDate),
  );

  const send = (queue: string, job: DueJob) =>
    deps.jobs.send<DueJob>(queue, job, { id: stableJobId(queue, job.standingOrderId, job.dueDate) });

  async function tick(): Promise<void> {
    const now = deps.clock.now();
    const stores = new Map((await deps.stores.list()).map((s) => [s.id, s]));
    for (const order of await deps.repo.listActive()) {
      const store = stores.get(order.storeId);
      const next = order.nextRunDate;
      if (!store || !next) continue;
      const job = { storeId: order.storeId, standingOrderId: order.id };
      try {
        if (await deps.runner.cancelIfCustomerGone(order)) continue;
        const due = latestDue(order.schedule, order.startDate, next, now);
        if (due) await send(STANDING_ORDER_RUN_QUEUE, { ...job, dueDate: due });
        else {
          const reminded = reminderDueFor(store, order, now);
          if (reminded) await send(STANDING_ORDER_REMINDER_QUEUE, { ...job, dueDate: reminded });
        }
      } catch (error) {
        deps.logger?.warn({ standingOrderId: order.id, err: error }, 'standing order could not be handled');
      }
    }
  }

  let running: Promise<void> | null = null;
  return {
    /** One pass: queues every due run and reminder (single-flight: a call during a pass waits for it). */
    runDue(): Promise<void> {
      running ??= tick().finally(() => {
        running = null;
      });
      return running;
    },
    /** Resolves when no pass is running (shutdown). */
    idle: async (): Promise<void> => {
      await running?.catch(() => undefined);
    },
  };
}

export type StandingOrderJobs = Awaited<ReturnType<typeof createStandingOrderJobs>>;
