// Standing orders and their runs (concern `standing-orders`). A run is claimed by storing it under
// `${standingOrderId}:${dueDate}` before anything is placed: the claim checks and writes in one synchronous
// step, so two racing ticks (or a tick and a restart catch-up) can never both run the same due date.
import type { CollectionBackend } from '../storage/collections.ts';
import type { StandingOrder, StandingOrderRun } from './standing-orders.types.ts';

export interface StandingOrdersRepo {
  get(storeId: string, id: string): Promise<StandingOrder | undefined>;
  save(order: StandingOrder): Promise<void>;
  /** A store's standing orders (or one customer's), newest first. */
  list(storeId: string, customerGuid?: string): Promise<StandingOrder[]>;
  /** Every active standing order of every store (what the schedule looks at). */
  listActive(): Promise<StandingOrder[]>;
  /** Stores the run as `running`; false when this due date was claimed before (it must not run again). */
  claimRun(order: StandingOrder, dueDate: string, at: string): Promise<boolean>;
  saveRun(run: StandingOrderRun): Promise<void>;
  /** A standing order's runs, newest due date first. */
  listRuns(standingOrderId: string, limit: number): Promise<StandingOrderRun[]>;
}

const newestFirst = (a: StandingOrder, b: StandingOrder) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

export async function createStandingOrdersRepo(backend: CollectionBackend): Promise<StandingOrdersRepo> {
  const orders = await backend.collection<StandingOrder>('standing-orders', 'standing-orders');
  const runs = await backend.collection<StandingOrderRun>('standing-orders', 'runs');
  return {
    get: async (storeId, id) => {
      const order = orders.get(id);
      return order?.storeId === storeId ? order : undefined;
    },
    save: (order) => orders.put(order),
    list: async (storeId, customerGuid) =>
      orders
        .all()
        .filter((o) => o.storeId === storeId && (!customerGuid || o.customerGuid === customerGuid))
        .sort(newestFirst),
    listActive: async () => orders.all().filter((o) => o.status === 'active'),
    claimRun: async (order, dueDate, at) => {
      const id = `${order.id}:${dueDate}`;
      if (runs.get(id)) return false;
      // No await between the check and put(), which records the run synchronously before persisting.
      await runs.put({
        id,
        storeId: order.storeId,
        standingOrderId: order.id,
        dueDate,
        outcome: 'running',
        detail: null,
        orderId: null,
        ranAt: at,
      });
      return true;
    },
    saveRun: (run) => runs.put(run),
    listRuns: async (standingOrderId, limit) =>
      runs
        .all()
        .filter((r) => r.standingOrderId === standingOrderId)
        .sort((a, b) => b.dueDate.localeCompare(a.dueDate))
        .slice(0, limit),
  };
}
