// Sends webhook events: one delivery per matching subscription, signed, retried on the RETRY_DELAYS_MS schedule
// (measured on the mock's clock, so QA can move time forward), and recorded with every attempt. `emit` only
// queues: the API request that caused the change never waits for a delivery.
import { randomUUID } from 'node:crypto';
import type { MockClock } from '../clock.ts';
import type { MockStore } from '../store.ts';
import type { StoredWebhookSubscription, WebhookDelivery, WebhookFault } from '../types.ts';
import { WebhookFaults } from './faults.ts';
import {
  DELIVERY_TIMEOUT_MS,
  RETRY_DELAYS_MS,
  type WebhookEvent,
  type WebhookEventType,
  webhookHeaders,
} from './protocol.ts';

const KEEP_DELIVERIES = 2000;

interface Queued {
  record: WebhookDelivery;
  body: string;
  /** Mock-clock ms when the next attempt is due; Infinity while held back by a reorder fault. */
  dueAt: number;
  sending: boolean;
  fault: WebhookFault | undefined;
  /** Deliveries held back by a reorder fault, released once this one has been tried. */
  releases: Queued[];
}

export class WebhookDispatcher {
  readonly faults = new WebhookFaults();
  private queue: Queued[] = [];
  private held: Queued[] = [];
  private chains = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout;

  constructor(
    private readonly store: MockStore,
    private readonly clock: MockClock,
    pollMs = 250,
  ) {
    this.timer = setInterval(() => this.pump(), pollMs);
    this.timer.unref();
  }

  subscriptions(): StoredWebhookSubscription[] {
    this.store.data.webhookSubscriptions ??= [];
    return this.store.data.webhookSubscriptions;
  }

  /** Queues one delivery per active subscription to `eventType`; returns at once. */
  emit(eventType: WebhookEventType, resourceGuid: string): void {
    const createdOn = new Date(this.clock.now()).toISOString();
    for (const subscription of this.subscriptions()) {
      if (!subscription.isActive || !subscription.eventTypes.includes(eventType)) continue;
      const event: WebhookEvent = {
        subscriptionId: subscription.subscriptionId,
        eventNotificationId: randomUUID(),
        eventType,
        createdOn,
        data: { Guid: resourceGuid },
      };
      this.enqueue(subscription, event);
    }
    setImmediate(() => this.pump());
  }

  private enqueue(subscription: StoredWebhookSubscription, event: WebhookEvent): void {
    const fault = this.faults.take(event.eventType);
    const queued: Queued = {
      record: {
        deliveryId: randomUUID(),
        subscriptionId: subscription.subscriptionId,
        eventNotificationId: event.eventNotificationId,
        eventType: event.eventType,
        resourceGuid: event.data.Guid,
        notificationUrl: subscription.notificationUrl,
        status: fault?.kind === 'drop' ? 'Dropped' : 'Pending',
        createdOn: event.createdOn,
        nextAttemptOn: fault?.kind === 'drop' ? null : event.createdOn,
        attempts: [],
      },
      body: JSON.stringify(event),
      dueAt: fault?.kind === 'reorder' ? Number.POSITIVE_INFINITY : this.clock.now(),
      sending: false,
      fault,
      releases: [],
    };
    if (fault?.kind === 'reorder') this.held.push(queued);
    else if (fault?.kind !== 'drop') queued.releases = this.held.splice(0);
    this.queue.unshift(queued);
    if (this.queue.length > KEEP_DELIVERIES) {
      const keep = this.queue.slice(0, KEEP_DELIVERIES);
      this.queue = keep.concat(this.queue.slice(KEEP_DELIVERIES).filter((q) => isOpen(q.record)));
    }
  }

  /** Deliveries, newest first. */
  deliveries(): WebhookDelivery[] {
    return this.queue.map((q) => q.record);
  }

  /** Starts every due attempt; one subscription's deliveries go out one after another, oldest first. */
  pump(): void {
    const now = this.clock.now();
    const due = this.queue.filter((q) => isOpen(q.record) && !q.sending && q.dueAt <= now).reverse();
    for (const queued of due) {
      queued.sending = true;
      const id = queued.record.subscriptionId;
      const chain = (this.chains.get(id) ?? Promise.resolve()).then(() => this.attempt(queued));
      this.chains.set(id, chain);
    }
  }

  /** Makes everything pending due now, sends it, and resolves when those attempts are done. */
  async flush(): Promise<void> {
    for (const queued of this.queue) {
      if (isOpen(queued.record) && queued.dueAt !== Number.POSITIVE_INFINITY) queued.dueAt = 0;
    }
    this.pump();
    await Promise.all([...this.chains.values()]);
  }

  /** Forgets deliveries and faults (a reset of the mock); in-flight attempts finish unrecorded. */
  reset(): void {
    this.queue = [];
    this.held = [];
    this.faults.clear();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async attempt(queued: Queued): Promise<void> {
    const { record } = queued;
    const subscription = this.subscriptions().find((s) => s.subscriptionId === record.subscriptionId);
    if (!subscription) {
      Object.assign(record, { status: 'Failed', nextAttemptOn: null });
      queued.sending = false;
      return;
    }
    const fault = record.attempts.length === 0 ? queued.fault : undefined;
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    const times = fault?.kind === 'duplicate' ? 2 : 1;
    let delivered = false;
    for (let i = 0; i < times; i++) delivered = (await this.send(queued, subscription, fault)) || delivered;
    if (delivered) Object.assign(record, { status: 'Succeeded', nextAttemptOn: null });
    else this.scheduleRetry(queued);
    queued.sending = false;
    for (const released of queued.releases.splice(0)) released.dueAt = this.clock.now();
    setImmediate(() => this.pump());
  }

  private scheduleRetry(queued: Queued): void {
    const delay = RETRY_DELAYS_MS[queued.record.attempts.length - 1];
    if (delay === undefined) {
      Object.assign(queued.record, { status: 'Failed', nextAttemptOn: null });
      return;
    }
    queued.dueAt = this.clock.now() + delay;
    Object.assign(queued.record, { status: 'Retrying', nextAttemptOn: new Date(queued.dueAt).toISOString() });
  }

  /** One POST; records the attempt and says whether it got a 2xx. */
  private async send(
    queued: Queued,
    subscription: StoredWebhookSubscription,
    fault: WebhookFault | undefined,
  ): Promise<boolean> {
    const started = performance.now();
    const attemptedOn = new Date(this.clock.now()).toISOString();
    const key = fault?.kind === 'badSignature' ? `not-${subscription.signingKey}` : subscription.signingKey;
    let statusCode: number | null = null;
    let error: string | null = null;
    let responseBody: string | null = null;
    if (fault?.kind === 'targetDown') {
      error = 'The endpoint could not be reached (QA fault: target down).';
    } else {
      try {
        const response = await fetch(subscription.notificationUrl, {
          method: 'POST',
          headers: webhookHeaders(key, queued.body),
          body: queued.body,
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        });
        statusCode = response.status;
        responseBody = (await response.text()).slice(0, 500);
      } catch (caught) {
        error = caught instanceof Error ? `${caught.name}: ${caught.message}` : String(caught);
      }
    }
    queued.record.attempts.push({
      attemptedOn,
      statusCode,
      error,
      responseBody,
      durationMs: Math.round(performance.now() - started),
      fault: fault?.kind ?? null,
    });
    return statusCode !== null && statusCode >= 200 && statusCode < 300;
  }
}

function isOpen(record: WebhookDelivery): boolean {
  return record.status === 'Pending' || record.status === 'Retrying';
}
