// Store order persistence. Records are keyed `${storeId}:${order.id}`, so an order id only has to be unique
// within its store; an order is found by its id or by the GUID its sales order has in Unleashed.
import type { CollectionBackend } from '../storage/collections.ts';
import type { Order } from './orders.types.ts';

export interface OrdersRepo {
  save(order: Order): Promise<void>;
  get(storeId: string, id: string): Promise<Order | undefined>;
  findByUnleashedGuid(storeId: string, guid: string): Promise<Order | undefined>;
  /** The orders of the store whose sales order has one of these GUIDs, by GUID. */
  findByUnleashedGuids(storeId: string, guids: readonly string[]): Promise<Map<string, Order>>;
  /** Orders waiting to be imported into Unleashed (importState queued), oldest first. */
  listQueued(storeId: string): Promise<Order[]>;
  /** Every order of the store, newest first. */
  listAll(storeId: string): Promise<Order[]>;
  /** A customer's orders, newest first. */
  listByCustomer(storeId: string, customerGuid: string): Promise<Order[]>;
  /** Removes a customer's whole order history (R6); returns how many orders there were. */
  deleteByCustomer(storeId: string, customerGuid: string): Promise<number>;
  /** When the oldest order ever sent to Unleashed (imported, or attempted) was saved (ISO); null when none was. */
  firstSentAt(storeId: string): Promise<string | null>;
}

interface StoredOrder {
  id: string;
  order: Order;
}

const byCreated = (a: Order, b: Order) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** The embedded orders repository (concern `orders`). */
export async function createOrdersRepo(backend: CollectionBackend): Promise<OrdersRepo> {
  const orders = await backend.collection<StoredOrder>('orders', 'orders');
  const ofStore = (storeId: string) =>
    orders
      .all()
      .map((stored) => stored.order)
      .filter((order) => order.storeId === storeId);

  return {
    save: (order) => orders.put({ id: `${order.storeId}:${order.id}`, order }),
    get: async (storeId, id) => orders.get(`${storeId}:${id}`)?.order,
    findByUnleashedGuid: async (storeId, guid) =>
      ofStore(storeId).find((order) => order.unleashedGuid.toLowerCase() === guid.toLowerCase()),
    findByUnleashedGuids: async (storeId, guids) => {
      const wanted = new Set(guids.map((guid) => guid.toLowerCase()));
      return new Map(
        ofStore(storeId)
          .filter((order) => wanted.has(order.unleashedGuid.toLowerCase()))
          .map((order) => [order.unleashedGuid.toLowerCase(), order]),
      );
    },
    listQueued: async (storeId) =>
      ofStore(storeId)
        .filter((order) => order.importState === 'queued')
        .sort(byCreated),
    listAll: async (storeId) => ofStore(storeId).sort((a, b) => byCreated(b, a)),
    listByCustomer: async (storeId, customerGuid) =>
      ofStore(storeId)
        .filter((order) => order.customerGuid === customerGuid)
        .sort((a, b) => byCreated(b, a)),
    deleteByCustomer: async (storeId, customerGuid) => {
      const ids = ofStore(storeId)
        .filter((order) => order.customerGuid === customerGuid)
        .map((order) => `${storeId}:${order.id}`);
      return orders.remove(...ids);
    },
    // One pass, no sort: every sync asks, and a store may hold 100,000 orders.
    firstSentAt: async (storeId) => {
      let first: string | null = null;
      for (const { order } of orders.all()) {
        if (order.storeId !== storeId || (order.importAttempts === 0 && order.importState !== 'imported'))
          continue;
        if (first === null || order.createdAt < first) first = order.createdAt;
      }
      return first;
    },
  };
}
