// The follow-up job of one stored event: reads the changed record from Unleashed as it is now and applies it
// through the sync's own code (sync/record-apply.ts), then records what it changed for the admin (B1). Jobs are
// at-least-once and events may come twice or out of order: an applied event is skipped, and because the record
// is read fresh, applying any of them leaves the store as Unleashed is. Follow-ups of one record run one at a
// time across instances, so an older read cannot overwrite a newer one.
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import type { JobEngine } from '../jobs/job-engine.ts';
import type { Store } from '../stores/stores.types.ts';
import type { RecordApplier, RecordKind } from '../sync/record-apply.ts';
import { UnleashedHttpError } from '../unleashed/client.ts';
import { FOLLOW_UP_QUEUE, type FollowUpJob } from './receiver.ts';
import type { WebhooksRepo } from './webhooks.repo.ts';

const RETRIES = 5;

const KINDS: [prefix: string, kind: RecordKind][] = [
  ['salesorder.', 'salesOrder'],
  ['product.', 'product'],
  ['customer.', 'customer'],
];

export interface FollowUpDeps {
  db: PortalDb;
  jobs: JobEngine;
  repo: WebhooksRepo;
  clock: Clock;
  stores: { find(id: string): Promise<Store | undefined> };
  applyRecord: RecordApplier;
}

export async function startFollowUps(deps: FollowUpDeps): Promise<void> {
  const { repo } = deps;
  const now = () => deps.clock.now().toISOString();
  await deps.jobs.defineQueue(FOLLOW_UP_QUEUE, {
    retryLimit: RETRIES,
    retryDelaySeconds: 2,
    retryBackoff: true,
    expireInSeconds: 120,
  });
  await deps.jobs.work<FollowUpJob>(FOLLOW_UP_QUEUE, async ({ storeId, eventId }, job) => {
    const event = await repo.getEvent(storeId, eventId);
    if (!event || event.appliedAt) return;
    const store = await deps.stores.find(storeId);
    const kind = KINDS.find(([prefix]) => event.eventType.startsWith(prefix))?.[1];
    if (!store || !kind) {
      await repo.recordOutcome(storeId, eventId, 'ignored', 'Not an event the store follows.', now());
      return;
    }
    try {
      const { outcome, detail } = await deps.db.exclusive(
        `webhook-record:${storeId}:${event.resourceGuid}`,
        () => deps.applyRecord(store, kind, event.resourceGuid),
      );
      await repo.recordOutcome(storeId, eventId, outcome, detail, now());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retried = error instanceof UnleashedHttpError && error.transient && job.retryCount < RETRIES;
      const next = retried ? ' Trying again shortly.' : ' The next scheduled sync brings the change in.';
      await repo.recordOutcome(storeId, eventId, 'failed', `${message}.${next}`, null);
      if (retried) throw error;
    }
  });
}
