// Typed Unleashed operations for the account's webhook subscriptions (made, listed and removed with the ordinary
// signed API), mapped to the gateway's own shape. The only place that names these Unleashed paths.
import type { UnleashedClient } from './client.ts';
import type { UPagination, UWebhookSubscription, UWebhookSubscriptionCreated } from './types.ts';
import type { WebhookEventType } from './webhook-protocol.ts';

/** One webhook subscription of the account, as the gateway reads it. */
export interface WebhookSubscription {
  subscriptionId: string;
  notificationUrl: string;
  eventTypes: WebhookEventType[];
  description: string | null;
  isActive: boolean;
}

/** A subscription just made, with the signing key Unleashed never shows again. */
export interface MadeSubscription extends WebhookSubscription {
  signingKey: string;
}

const toSubscription = (wire: UWebhookSubscription): WebhookSubscription => ({
  subscriptionId: wire.subscriptionId,
  notificationUrl: wire.notificationUrl,
  eventTypes: wire.eventTypes,
  description: wire.description,
  isActive: wire.isActive,
});

export interface SubscriptionRequest {
  notificationUrl: string;
  eventTypes: WebhookEventType[];
  description: string;
}

/** Every subscription of the account (at most 5, so one page). */
export async function listSubscriptions(client: UnleashedClient): Promise<WebhookSubscription[]> {
  const body = await client.get<{ Items: UWebhookSubscription[]; Pagination: UPagination }>(
    '/Webhooks/Subscriptions',
  );
  return body.Items.map(toSubscription);
}

/** Creates a subscription; the answer carries the signing key, which Unleashed never shows again. */
export async function createSubscription(
  client: UnleashedClient,
  request: SubscriptionRequest,
): Promise<MadeSubscription> {
  const made = await client.post<UWebhookSubscriptionCreated>('/Webhooks/Subscriptions', {
    ...request,
    isActive: true,
  });
  return { ...toSubscription(made), signingKey: made.signingKey };
}

export async function deleteSubscription(client: UnleashedClient, subscriptionId: string): Promise<void> {
  await client.delete(`/Webhooks/Subscriptions/${subscriptionId}`);
}
