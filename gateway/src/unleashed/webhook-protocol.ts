// The Unleashed webhook protocol as the gateway uses it: event types, header names, the signing rule and the
// replay window live in ONE place, the mock's protocol module (node:crypto and generated types only), so the
// mock's deliveries and the gateway's checks cannot drift apart. Matching real Unleashed is a change there.
export {
  MAX_SUBSCRIPTIONS_PER_ACCOUNT,
  REPLAY_WINDOW_SECONDS,
  verifyWebhook,
  WEBHOOK_HEADERS,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookVerdict,
} from '../../../mock-unleashed/src/webhooks/protocol.ts';
