// A store reconnected to another Unleashed account leaves its subscription behind in the old one, where it would
// go on delivering events the store no longer trusts and take one of that account's 5 places. The subscriber
// removes it there with the old account's key (kept sealed with the subscription); when that fails (the key was
// revoked, the account is unreachable) the admin is told which subscription to remove by hand.
import type { Store } from '../stores/stores.types.ts';
import { UnleashedHttpError } from '../unleashed/client.ts';
import type { UnleashedClientFactory } from '../unleashed/client-factory.ts';
import { deleteSubscription } from '../unleashed/webhook-subscriptions.ts';
import type { LeftBehind, StoredSubscription, SubscriptionAccount } from './webhooks.types.ts';

export const accountOf = (store: Store): SubscriptionAccount => ({
  apiId: store.unleashed.apiId,
  baseUrl: store.unleashed.baseUrl,
  apiKey: store.unleashed.apiKey,
});

/** Whether the store's subscription lives in an account the store is no longer connected to. */
export function movedAccount(store: Store, held: StoredSubscription | undefined): boolean {
  const account = held?.account;
  return (
    !!account &&
    !!held?.subscriptionId &&
    (account.apiId !== store.unleashed.apiId || account.baseUrl !== store.unleashed.baseUrl)
  );
}

/** Removes the held subscription from its old account; undefined when done (or already gone), else the note. */
export async function removeFromOldAccount(
  clientFor: UnleashedClientFactory,
  store: Store,
  held: StoredSubscription,
): Promise<LeftBehind | undefined> {
  const account = held.account as SubscriptionAccount;
  const subscriptionId = held.subscriptionId as string;
  const oldStore: Store = { ...store, unleashed: { ...account, connectedAt: store.unleashed.connectedAt } };
  try {
    await deleteSubscription(clientFor(oldStore), subscriptionId);
    return undefined;
  } catch (error) {
    if (error instanceof UnleashedHttpError && error.status === 404) return undefined;
    const why =
      error instanceof UnleashedHttpError && (error.status === 401 || error.status === 403)
        ? 'the old account no longer accepts the store’s key'
        : `the old account could not be reached (${error instanceof Error ? error.message : String(error)})`;
    return {
      apiId: account.apiId,
      subscriptionId,
      reason: `It could not be removed because ${why}. Remove it in that account's webhook settings.`,
      account,
    };
  }
}

/**
 * Looks again at a subscription left behind: removed now if it is still there (or found gone, as when the admin
 * removed it by hand) gives null; otherwise the note stays, with the latest reason. A note from before the account
 * was kept in it can only be settled when the store is connected to that account again (`listed`: the
 * subscription ids that account lists now).
 */
export async function recheckLeftBehind(
  clientFor: UnleashedClientFactory,
  store: Store,
  note: LeftBehind,
  listed: readonly string[],
): Promise<LeftBehind | null> {
  if (note.account) {
    const held = { account: note.account, subscriptionId: note.subscriptionId } as StoredSubscription;
    const still = await removeFromOldAccount(clientFor, store, held);
    return still ? { ...note, reason: still.reason } : null;
  }
  if (note.apiId === store.unleashed.apiId && !listed.includes(note.subscriptionId)) return null;
  return note;
}
