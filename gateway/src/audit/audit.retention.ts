// Audit retention (B5): entries older than the configured period go by one pg-boss job a day. An hourly tick on
// every instance queues the day's job under an id made of the UTC day, so racing instances (and ticks after a
// restart) queue it once; the job carries its cutoff, so a job delivered twice deletes nothing more.
import schedule from 'node-schedule';
import type { Clock } from '../clock.ts';
import type { JobEngine } from '../jobs/job-engine.ts';
import { stableJobId } from '../jobs/stable-id.ts';
import type { AuditRepo } from './audit.repo.ts';

export const AUDIT_RETENTION_QUEUE = 'audit-retention';

interface PruneJob {
  /** Entries recorded before this instant (ISO) are deleted. */
  before: string;
}

export interface AuditRetention {
  /** Queues today's prune job (none when every entry is kept); the job id, or null when it was queued already. */
  queueDue(): Promise<string | null>;
  /** Queues at once, then every hour. */
  start(): Promise<void>;
  stop(): void;
}

export async function createAuditRetention(deps: {
  jobs: JobEngine;
  repo: Pick<AuditRepo, 'deleteBefore'>;
  clock: Clock;
  retentionDays: number | null;
  logger?: { info(details: object, message: string): void; warn(details: object, message: string): void };
}): Promise<AuditRetention> {
  const { jobs, repo, clock, retentionDays } = deps;
  // A prune is one DELETE: a job still active after 10 minutes belonged to an instance that died.
  await jobs.defineQueue(AUDIT_RETENTION_QUEUE, {
    retryLimit: 5,
    retryDelaySeconds: 60,
    expireInSeconds: 600,
  });
  await jobs.work<PruneJob>(AUDIT_RETENTION_QUEUE, async ({ before }) => {
    const deleted = await repo.deleteBefore(new Date(before));
    if (deleted > 0) deps.logger?.info({ deleted, before }, 'audit entries past retention deleted');
  });

  async function queueDue(): Promise<string | null> {
    if (retentionDays === null) return null;
    const now = clock.now();
    const before = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
    const day = now.toISOString().slice(0, 10);
    return jobs.send<PruneJob>(
      AUDIT_RETENTION_QUEUE,
      { before },
      { id: stableJobId(AUDIT_RETENTION_QUEUE, day) },
    );
  }

  let tick: schedule.Job | null = null;
  const queueLogged = () =>
    queueDue().catch((error: unknown) => deps.logger?.warn({ err: error }, 'audit retention not queued'));
  return {
    queueDue,
    async start() {
      if (retentionDays === null || tick) return;
      await queueLogged();
      tick = schedule.scheduleJob('17 * * * *', () => void queueLogged());
    },
    stop() {
      tick?.cancel();
      tick = null;
    },
  };
}
