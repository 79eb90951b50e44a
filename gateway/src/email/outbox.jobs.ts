// Email delivery as jobs (issue 12 §5): every pending state of an outbox message - just queued, or waiting for
// its retry - has one delivery job, sent in the transaction that wrote that state, keyed by (message, attempts,
// next attempt time). So with several instances exactly one of them makes each attempt, a retry survives a
// restart, and nothing waits for a timer. The outbox row stays the record the admin reads; the atomic claim in
// outbox.delivery.ts stays the guard, because jobs are at-least-once.
import type { Clock } from '../clock.ts';
import type { JobEngine } from '../jobs/job-engine.ts';
import { stableJobId } from '../jobs/stable-id.ts';
import type { Mailer } from './mailer.ts';
import {
  type AttemptQueue,
  CLAIM_MS,
  createDelivery,
  type EmailLogger,
  type PendingMessage,
  secondsUntil,
} from './outbox.delivery.ts';
import type { OutboxRepo } from './outbox.repo.ts';

export const EMAIL_DELIVERY_QUEUE = 'email-delivery';

interface DeliveryJob {
  messageId: string;
}

export interface DeliveryJobsDeps {
  jobs: JobEngine;
  outbox: OutboxRepo;
  mailer: Mailer;
  clock: Clock;
  maxAttempts: number;
  retryBaseMs: number;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  logger?: EmailLogger;
}

/** Defines the queue; `queue` sends a message's job, `work` starts delivering on this instance. */
export async function createDeliveryJobs(deps: DeliveryJobsDeps) {
  const { expireInSeconds } = await deps.jobs.defineQueue(EMAIL_DELIVERY_QUEUE, {
    // A job only fails on a database error or when it started before this instance's clock says the attempt is
    // due (a refused or undeliverable message is a recorded attempt, its retry a new job): a few retries 10 s
    // apart cover both; past them the safety sweep still sends the message.
    retryLimit: 3,
    retryDelaySeconds: 10,
    retryBackoff: false,
    // Longer than an attempt's 5-minute claim: a job its instance dropped mid-send is retried by another
    // instance once the claim has lapsed, and that retry makes the next attempt instead of being refused.
    expireInSeconds: CLAIM_MS / 1000 + 60,
  });

  const jobId = (message: PendingMessage) =>
    stableJobId(EMAIL_DELIVERY_QUEUE, message.id, message.attempts, message.nextAttemptAt ?? '');

  const queue: AttemptQueue = async (message: PendingMessage, startAfterSeconds: number) => {
    await deps.jobs.send<DeliveryJob>(
      EMAIL_DELIVERY_QUEUE,
      { messageId: message.id },
      {
        id: jobId(message),
        startAfter: startAfterSeconds,
      },
    );
  };
  // The claim never outlasts the job (only a test's expiry cap makes it shorter than CLAIM_MS): a job failed
  // over from a dead instance finds the message free.
  const claimMs = Math.min(CLAIM_MS, expireInSeconds * 1000);
  const delivery = createDelivery({ ...deps, queue, claimMs });
  const now = () => deps.clock.now();
  /** Until when this instance saw the SMTP server down: its jobs meanwhile postpone instead of failing. */
  let serverDownUntil = 0;

  /**
   * Makes sure the message's current pending state has its job (one already there is kept). When that job is
   * the one running, it started before this instance's clock says the attempt is due (clocks differ a little):
   * it throws, to be retried in a few seconds.
   */
  async function requeue(messageId: string, runningJobId: string): Promise<void> {
    const record = await deps.outbox.get(messageId);
    if (!record || (record.status !== 'queued' && record.status !== 'sending')) return;
    if (record.status === 'queued' && jobId(record) === runningJobId)
      throw new Error("The attempt is not due yet by this instance's clock.");
    await queue(record, secondsUntil(record.nextAttemptAt, now()));
  }

  async function deliver({ messageId }: DeliveryJob, job: { id: string }): Promise<void> {
    if (now().getTime() < serverDownUntil) {
      // While the server is down every attempt would fail the same way and spend one of the message's six:
      // the message waits, its attempts unspent, until this instance's next try at the server.
      const until = new Date(serverDownUntil);
      const postponed = await deps.transaction(async () => {
        const moved = await deps.outbox.postpone(messageId, until);
        if (moved) await queue(moved, secondsUntil(moved.nextAttemptAt, now()));
        return moved;
      });
      if (!postponed) await requeue(messageId, job.id);
      return;
    }
    const { outcome, serverDown } = await delivery.attempt(messageId);
    if (serverDown) serverDownUntil = now().getTime() + deps.retryBaseMs;
    // Not attempted: sent, failed or gone (nothing to do), or not due yet / held by another attempt, which a
    // job at its due time (or when the other attempt's claim lapses) takes up.
    if (outcome === 'skipped') await requeue(messageId, job.id);
  }

  return {
    queue,
    /** How long an attempt holds its message (the sweep's attempts hold it as long). */
    claimMs,
    /** Delivers this instance's share of the queue. */
    work: () => deps.jobs.work<DeliveryJob>(EMAIL_DELIVERY_QUEUE, deliver),
  };
}
