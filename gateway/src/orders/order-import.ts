// The order-import job (R18): each placed order is pushed to Unleashed by a job of its own, sent in the same
// transaction that saved the order, so it reaches Unleashed within a second or two of being placed on any
// instance, and a push that finds Unleashed unreachable is retried with backoff by the job engine. Jobs are
// at-least-once: an order no longer queued (imported, failed, or gone with its customer) is left as it is.
import type { Clock } from '../clock.ts';
import type { JobEngine } from '../jobs/job-engine.ts';
import { stableJobId } from '../jobs/stable-id.ts';
import type { Store } from '../stores/stores.types.ts';
import type { UnleashedClientFactory } from '../unleashed/client-factory.ts';
import { pushOrder } from './order-push.ts';
import type { OrderUpdates } from './order-updates.ts';
import type { Order } from './orders.types.ts';

export const ORDER_IMPORT_QUEUE = 'order-import';

interface ImportJob {
  storeId: string;
  orderId: string;
}

export interface OrderImportDeps {
  jobs: JobEngine;
  /** The import saves through the orders' updates (with the status notices of R18a). */
  orders: OrderUpdates;
  stores: { get(id: string): Promise<Store | undefined> };
  clientFor: UnleashedClientFactory;
  clock: Clock;
}

export async function createOrderImport(deps: OrderImportDeps) {
  await deps.jobs.defineQueue(ORDER_IMPORT_QUEUE, {
    retryLimit: 12,
    retryDelaySeconds: 2,
    retryBackoff: true,
    // An instance that died mid-push leaves the job active until it expires; another instance then pushes it
    // again, which is safe (the sales order is an upsert by its GUID).
    expireInSeconds: 30,
  });

  /** Pushes the order if it is still queued; throws (to be retried) when Unleashed cannot be reached. */
  async function importOrder({ storeId, orderId }: ImportJob): Promise<void> {
    const order = await deps.orders.get(storeId, orderId);
    const store = order?.importState === 'queued' ? await deps.stores.get(storeId) : undefined;
    if (!order || !store) return;
    const now = () => deps.clock.now().toISOString();
    await pushOrder({ client: deps.clientFor(store), orders: deps.orders, store, now }, order);
  }

  await deps.jobs.work<ImportJob>(ORDER_IMPORT_QUEUE, importOrder);
  return {
    /** Queues the order's import; inside a transaction, with it. One job per order, however often asked. */
    queue: async (order: Order): Promise<void> => {
      await deps.jobs.send<ImportJob>(
        ORDER_IMPORT_QUEUE,
        { storeId: order.storeId, orderId: order.id },
        { id: stableJobId(ORDER_IMPORT_QUEUE, order.storeId, order.id) },
      );
    },
  };
}
