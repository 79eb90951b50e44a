// What every resource and control router is given: the data, the clock, the response cache and the webhook events.
import type { MockClock } from './clock.ts';
import type { ResponseCache } from './respond.ts';
import type { MockStore } from './store.ts';
import type { WebhookEventType } from './webhooks/protocol.ts';

export interface MockContext {
  store: MockStore;
  clock: MockClock;
  cache: ResponseCache;
  /** Who the mock says made a change (CreatedBy / LastModifiedBy). */
  actor: string;
  /** Announces a committed change to webhook subscribers; returns at once (delivery happens later). */
  events: { emit(eventType: WebhookEventType, resourceGuid: string): void };
}
