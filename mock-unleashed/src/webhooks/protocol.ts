// The Unleashed webhook protocol in one place: event types, header names, the signing rule, the replay window and
// the retry schedule. Only node:crypto, so the gateway can import this file as it is; matching real Unleashed
// later is a change here (see the Webhooks tag in openapi/unleashed.yaml for what is documented and what is a
// Mock choice).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { components } from '../../../openapi/generated/unleashed.d.ts';

export type WebhookEventType = components['schemas']['WebhookEventType'];
export type WebhookEvent = components['schemas']['WebhookEvent'];

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  'customer.created',
  'customer.updated',
  'customer.deleted',
  'product.created',
  'product.updated',
  'product.deleted',
  'salesorder.created',
  'salesorder.updated',
  'salesorder.completed',
  'salesorder.deleted',
];

/** Documented: at most 5 subscriptions per account. */
export const MAX_SUBSCRIPTIONS_PER_ACCOUNT = 5;

export const WEBHOOK_HEADERS = {
  signature: 'x-unleashed-signature',
  timestamp: 'x-unleashed-timestamp',
} as const;

/** A receiver refuses a timestamp further than this from its own clock. */
export const REPLAY_WINDOW_SECONDS = 300;

/** A delivery that gets no 2xx within this is a failed attempt. */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** Waits before the 2nd, 3rd … attempt; after the last one fails the delivery is Failed (about 69 h in all). */
export const RETRY_DELAYS_MS: readonly number[] = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  6 * 3_600_000,
  12 * 3_600_000,
  24 * 3_600_000,
  24 * 3_600_000,
];

/** Base64(HMAC-SHA256(signingKey, `${timestamp}.${rawBody}`)). */
export function signWebhook(signingKey: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', signingKey).update(`${timestamp}.${rawBody}`, 'utf8').digest('base64');
}

export type WebhookVerdict = 'valid' | 'missing' | 'stale' | 'invalid';

/** Checks a received delivery in constant time; `nowSeconds` is the receiver's clock. */
export function verifyWebhook(input: {
  signingKey: string;
  rawBody: string;
  signature: string | undefined | null;
  timestamp: string | undefined | null;
  nowSeconds?: number;
}): WebhookVerdict {
  const { signature, timestamp } = input;
  if (!signature || !timestamp || !/^\d+$/.test(timestamp)) return 'missing';
  const now = input.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(timestamp)) > REPLAY_WINDOW_SECONDS) return 'stale';
  const expected = Buffer.from(signWebhook(input.signingKey, timestamp, input.rawBody));
  const sent = Buffer.from(signature);
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? 'valid' : 'invalid';
}

/** The headers a delivery of `rawBody` carries. */
export function webhookHeaders(
  signingKey: string,
  rawBody: string,
  nowMs = Date.now(),
): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  return {
    'Content-Type': 'application/json',
    [WEBHOOK_HEADERS.signature]: signWebhook(signingKey, timestamp, rawBody),
    [WEBHOOK_HEADERS.timestamp]: timestamp,
  };
}
