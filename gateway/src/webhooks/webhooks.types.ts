// Webhook records (issue 13, B1): a store's subscription as the gateway keeps it, and each event received.
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { EncryptedSecret } from '../stores/stores.types.ts';

export type WebhookStatus = components['schemas']['WebhookStatus'];
export type WebhookEventRecord = components['schemas']['WebhookEventRecord'];
export type WebhookReceipt = components['schemas']['WebhookReceipt'];
export type IncomingEvent = components['schemas']['UnleashedWebhookEvent'];
export type SubscriptionState = WebhookStatus['subscription']['state'];

/** What the admin is told, with the old account kept (not shown) so later checks can try again. */
export type LeftBehind = NonNullable<WebhookStatus['subscription']['leftBehind']> & {
  account?: SubscriptionAccount;
};

/** Where a subscription lives: the Unleashed account's id, address and key (sealed). */
export interface SubscriptionAccount {
  apiId: string;
  baseUrl: string;
  apiKey: EncryptedSecret;
}

export interface StoredSubscription {
  storeId: string;
  state: SubscriptionState;
  subscriptionId: string | null;
  notificationUrl: string | null;
  eventTypes: string[];
  /** Sealed with the master key (SecretBox, the `sealed` text); null until Unleashed gave one. */
  signingKey: string | null;
  /** The store connection (its connectedAt) this subscription was made for. */
  connectedAt: string | null;
  error: string | null;
  checkedAt: string | null;
  /** The account the subscription was made in; null until one is made (or after the store moved account). */
  account: SubscriptionAccount | null;
  leftBehind: LeftBehind | null;
}

export interface StoredEvent extends WebhookEventRecord {
  storeId: string;
}
