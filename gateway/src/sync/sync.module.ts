// Builds the sync domain (B1, R2): the engine that mirrors each store's Unleashed account through the other
// domains' sync targets, the `sync` job queue (one run per store across all instances), the per-store schedule
// that every instance keeps in step with the stores table, and the admin's sync pages.
import type { CatalogueSyncTarget } from '../catalogue/catalogue.reader.ts';
import type { CustomerSyncTarget } from '../customers/customers.reader.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { OrderUpdates } from '../orders/order-updates.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { PlanRoom } from './passes/pass.ts';
import { createRecordApplier } from './record-apply.ts';
import { createScheduler, firstRunAfter } from './scheduler.ts';
import { createSyncRepo } from './sync.repo.ts';
import { syncRouter } from './sync.routes.ts';
import { createSyncEngine } from './sync.service.ts';

export interface SyncModuleDeps {
  stores: StoresService;
  catalogue: CatalogueSyncTarget;
  customers: CustomerSyncTarget;
  orders: OrderUpdates;
  limits: PlanRoom;
  sessions: SessionsService;
}

const FOLLOW_STORES_MS = 60_000;

export async function createSyncModule(ctx: GatewayContext, deps: SyncModuleDeps) {
  const { jobs, clock, logger } = ctx;
  // A run's job expiring while its instance still runs it is harmless: the retry finds the run owned and alive.
  await jobs.defineQueue('sync', { retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 600 });
  const scheduler = createScheduler({
    runScheduled: (storeId, slot) => engine.startScheduled(storeId, slot),
    clock,
    logger,
  });
  const targets = {
    clientFor: ctx.clients,
    catalogue: deps.catalogue,
    customers: deps.customers,
    orders: deps.orders,
    limits: deps.limits,
    // A buyer session's subject is the contact's `${storeId}:${guid}`.
    sessions: {
      revokeContact: async (storeId: string, contactGuid: string) =>
        void (await deps.sessions.revokeAll('buyer', `${storeId}:${contactGuid}`)),
    },
    clock,
    transaction: ctx.transaction,
  };
  const engine = createSyncEngine({
    ...targets,
    stores: { get: (id) => deps.stores.find(id) },
    syncRepo: createSyncRepo(ctx.db),
    nextRunAt: (storeId) => scheduler.nextRunAt(storeId),
    logger,
    dispatch: async (run) =>
      void (await jobs.send('sync', { storeId: run.storeId, runId: run.id }, { id: run.id })),
  });
  await jobs.work<{ storeId: string; runId: string }>('sync', ({ storeId, runId }) =>
    engine.runJob(storeId, runId),
  );
  deps.stores.onChange((store) => scheduler.schedule(store.id, store.syncIntervalMinutes));

  /** Schedules the stores as the database has them now: one another instance added or changed too. */
  const followStores = async () => {
    for (const store of await deps.stores.list()) scheduler.schedule(store.id, store.syncIntervalMinutes);
  };
  let followTimer: NodeJS.Timeout | undefined;
  const routes: ModuleRoutes = { admin: [syncRouter(engine, deps.stores, ctx)] };
  return {
    engine,
    /** One record brought in line with Unleashed through the passes' own code (webhook follow-ups). */
    applyRecord: createRecordApplier(targets),
    scheduler,
    followStores,
    routes,
    /** Marks syncs a dead process left running as interrupted and schedules every store's sync (R2). */
    async start() {
      followTimer ??= setInterval(() => {
        followStores().catch((error: unknown) => logger.warn({ err: error }, 'could not follow the stores'));
      }, FOLLOW_STORES_MS);
      followTimer.unref();
      await engine.recoverInterrupted();
      for (const store of await deps.stores.list()) {
        const last = (await engine.listRuns(store.id, 1))[0];
        const first = firstRunAfter(last?.startedAt ?? null, store.syncIntervalMinutes, clock.now());
        scheduler.schedule(store.id, store.syncIntervalMinutes, first);
      }
    },
    /** Stops the schedule and lets running syncs finish their current page. */
    async stop() {
      clearInterval(followTimer);
      scheduler.stop();
      await engine.stop();
    },
  };
}
