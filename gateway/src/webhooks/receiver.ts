// Receiving one delivery (issue 13): unknown store 404; over the flood limit 429; the signature checked in
// constant time within the replay window (401 and nothing stored when it fails); then the event row and its
// follow-up job written in one transaction, so a 2xx means the event is kept and will be applied. A repeated
// event id is answered 2xx again and changes nothing.
import type { Clock } from '../clock.ts';
import { AppError } from '../http/problems.ts';
import type { JobEngine } from '../jobs/job-engine.ts';
import { stableJobId } from '../jobs/stable-id.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { Store } from '../stores/stores.types.ts';
import { verifyWebhook } from '../unleashed/webhook-protocol.ts';
import type { FloodLimit } from './flood-limit.ts';
import type { WebhooksRepo } from './webhooks.repo.ts';
import type { IncomingEvent, WebhookReceipt } from './webhooks.types.ts';

export const FOLLOW_UP_QUEUE = 'webhook-event';

export interface FollowUpJob {
  storeId: string;
  eventId: string;
}

export interface Delivery {
  storeId: string;
  rawBody: string;
  signature: string | undefined;
  timestamp: string | undefined;
  event: IncomingEvent;
}

export interface ReceiverDeps {
  repo: WebhooksRepo;
  jobs: JobEngine;
  secrets: SecretBox;
  clock: Clock;
  limit: FloodLimit;
  stores: { find(id: string): Promise<Store | undefined> };
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

const REASONS = {
  missing: 'The signature or timestamp header is missing.',
  stale: 'The timestamp is outside the replay window.',
  invalid: 'The signature does not match.',
} as const;

export function createReceiver(deps: ReceiverDeps) {
  const { repo } = deps;
  return async function receive(delivery: Delivery): Promise<WebhookReceipt> {
    const { storeId, event } = delivery;
    if (!(await deps.stores.find(storeId))) throw new AppError('not-found', `There is no store ${storeId}.`);
    const room = deps.limit.take(storeId);
    if (!room.allowed) {
      const wait = String(room.retryAfterSeconds);
      throw new AppError(
        'webhook-flood',
        'Retry later.',
        { retryAfterSeconds: room.retryAfterSeconds },
        {
          'Retry-After': wait,
        },
      );
    }
    const sealed = (await repo.getSubscription(storeId))?.signingKey;
    // The replay window is measured on the wall clock, as the sender's timestamp is, not the business clock.
    const verdict = sealed
      ? verifyWebhook({
          signingKey: deps.secrets.open({ sealed }),
          rawBody: delivery.rawBody,
          signature: delivery.signature,
          timestamp: delivery.timestamp,
        })
      : 'invalid';
    if (verdict !== 'valid') {
      const reason = sealed ? REASONS[verdict] : 'The store holds no webhook signing key.';
      await repo.countRejected(storeId, deps.clock.now().toISOString(), reason);
      throw new AppError('webhook-signature-invalid', reason);
    }
    const eventId = event.eventNotificationId.toLowerCase();
    const fresh = await deps.transaction(async () => {
      const stored = await repo.insertEvent({
        storeId,
        eventId,
        eventType: event.eventType,
        resourceGuid: event.data.Guid.toLowerCase(),
        createdOn: event.createdOn ?? null,
        receivedAt: deps.clock.now().toISOString(),
        appliedAt: null,
        outcome: 'pending',
        detail: null,
      });
      if (stored)
        await deps.jobs.send<FollowUpJob>(
          FOLLOW_UP_QUEUE,
          { storeId, eventId },
          { id: stableJobId(FOLLOW_UP_QUEUE, storeId, eventId) },
        );
      return stored;
    });
    return { eventId, duplicate: !fresh };
  };
}
