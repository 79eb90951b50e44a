// Builds the webhooks domain (issue 13, B1): each store's subscription in Unleashed (made on connect and
// reconnect, and at start for stores lacking one), the public endpoint Unleashed delivers to, the follow-up
// jobs that apply each event through the sync's own code, and the admin's view. Polling stays the safety net.
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import { AppError } from '../http/problems.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { RecordApplier } from '../sync/record-apply.ts';
import { FloodLimit, type FloodLimitSettings } from './flood-limit.ts';
import { startFollowUps } from './follow-up.ts';
import { createReceiver } from './receiver.ts';
import { createSubscriber } from './subscriber.ts';
import { createWebhooksRepo } from './webhooks.repo.ts';
import { webhookAdminRouter, webhookReceiverRouter } from './webhooks.routes.ts';
import type { LeftBehind, WebhookStatus } from './webhooks.types.ts';

const shownLeftBehind = ({ apiId, subscriptionId, reason }: LeftBehind) => ({
  apiId,
  subscriptionId,
  reason,
});

export interface WebhookSettings {
  /** Subscribe stores to Unleashed webhooks (default true); off, the store follows Unleashed by polling only. */
  subscribe?: boolean;
  floodLimit?: FloodLimitSettings;
}

export interface WebhooksModuleDeps {
  stores: StoresService;
  applyRecord: RecordApplier;
  settings?: WebhookSettings;
}

export async function createWebhooksModule(ctx: GatewayContext, deps: WebhooksModuleDeps) {
  const { db, jobs, clock, logger, secrets } = ctx;
  const subscribe = deps.settings?.subscribe ?? true;
  const repo = createWebhooksRepo(db);
  const stores = { find: (id: string) => deps.stores.find(id) };
  const subscriber = createSubscriber({
    ...{ db, jobs, repo, secrets, clock, stores },
    clientFor: ctx.clients,
    baseUrl: ctx.publicBaseUrl,
  });
  const receive = createReceiver({
    ...{ repo, jobs, secrets, clock, stores },
    limit: new FloodLimit(deps.settings?.floodLimit),
    transaction: ctx.transaction,
  });
  await startFollowUps({ db, jobs, repo, clock, stores, applyRecord: deps.applyRecord });
  if (subscribe) {
    await subscriber.start();
    deps.stores.onChange((store) => {
      subscriber
        .follow(store)
        .catch((error: unknown) =>
          logger.warn({ storeId: store.id, err: error }, 'webhook subscription not queued'),
        );
    });
  }

  async function status(storeId: string, limit: number): Promise<WebhookStatus> {
    if (!(await deps.stores.find(storeId))) throw new AppError('not-found', `There is no store ${storeId}.`);
    const held = await repo.getSubscription(storeId);
    const recent = await repo.listEvents(storeId, limit);
    return {
      subscription: {
        state: subscribe ? (held?.state ?? 'none') : 'disabled',
        subscriptionId: held?.subscriptionId ?? null,
        eventTypes: held?.state === 'subscribed' ? held.eventTypes : [],
        notificationUrl: held?.notificationUrl ?? null,
        error: held?.error ?? null,
        checkedAt: held?.checkedAt ?? null,
        leftBehind: held?.leftBehind ? shownLeftBehind(held.leftBehind) : null,
      },
      lastReceivedAt: recent[0]?.receivedAt ?? null,
      failedEvents: await repo.countFailed(storeId),
      rejectedDeliveries: await repo.rejectionsOf(storeId),
      recentEvents: recent.map(({ storeId: _store, ...event }) => event),
    };
  }

  const routes: ModuleRoutes = {
    public: [webhookReceiverRouter(receive)],
    admin: [webhookAdminRouter(status)],
  };
  return {
    routes,
    /** Queues a subscription check for every store that lacks a working one (another instance may share it). */
    async start() {
      if (!subscribe) return;
      for (const store of await deps.stores.list()) await subscriber.follow(store);
    },
  };
}
