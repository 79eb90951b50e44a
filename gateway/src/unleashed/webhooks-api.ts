// Typed Unleashed operations for webhooks: the account's subscriptions (made, listed and removed with the
// ordinary signed API) and the single-record reads a webhook follow-up needs. The only place that names these
// Unleashed paths.
import type { UnleashedClient } from './client.ts';
import type {
  UCustomer,
  UPagination,
  UProduct,
  UStockOnHand,
  UWebhookSubscription,
  UWebhookSubscriptionCreated,
} from './types.ts';
import type { WebhookEventType } from './webhook-protocol.ts';

export interface SubscriptionRequest {
  notificationUrl: string;
  eventTypes: WebhookEventType[];
  description: string;
}

/** Every subscription of the account (at most 5, so one page). */
export async function listSubscriptions(client: UnleashedClient): Promise<UWebhookSubscription[]> {
  const body = await client.get<{ Items: UWebhookSubscription[]; Pagination: UPagination }>(
    '/Webhooks/Subscriptions',
  );
  return body.Items;
}

/** Creates a subscription; the answer carries the signing key, which Unleashed never shows again. */
export function createSubscription(
  client: UnleashedClient,
  request: SubscriptionRequest,
): Promise<UWebhookSubscriptionCreated> {
  return client.post<UWebhookSubscriptionCreated>('/Webhooks/Subscriptions', { ...request, isActive: true });
}

export async function deleteSubscription(client: UnleashedClient, subscriptionId: string): Promise<void> {
  await client.delete(`/Webhooks/Subscriptions/${subscriptionId}`);
}

export const readProduct = (client: UnleashedClient, guid: string) =>
  client.get<UProduct>(`/Products/${guid}`, { includeObsolete: true });

export const readCustomer = (client: UnleashedClient, guid: string) =>
  client.get<UCustomer>(`/Customers/${guid}`, { includeObsolete: true, includeAllContacts: true });

/** The product's stock, one row per warehouse that holds a record of it. */
export async function readStockOfProduct(client: UnleashedClient, guid: string): Promise<UStockOnHand[]> {
  const body = await client.get<{ Items: UStockOnHand[] }>(`/StockOnHand/${guid}/AllWarehouses`);
  return body.Items;
}
