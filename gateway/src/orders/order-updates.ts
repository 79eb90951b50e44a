// How the sync and the order import change store orders (B1, R6, R18, R18a): the orders domain's service for
// writes that come from Unleashed. A save that moves an order to another status emails the buyer when the
// store wants it (R18a); a failing email never fails the write, it is logged (and the outbox retries delivery).
import type { OrdersRepo } from './orders.repo.ts';
import type { Order } from './orders.types.ts';
import { noticeStatusChange, type StatusNoticeDeps } from './status-notices.ts';

export interface OrderUpdates {
  get(storeId: string, id: string): Promise<Order | undefined>;
  /** The orders of the store whose sales order has one of these GUIDs, by lower-case GUID. */
  findByUnleashedGuids(storeId: string, guids: readonly string[]): Promise<Map<string, Order>>;
  /** Orders waiting to be imported into Unleashed, oldest first. */
  listQueued(storeId: string): Promise<Order[]>;
  /** When the oldest order ever sent to Unleashed was saved (ISO); null when none was. */
  firstSentAt(storeId: string): Promise<string | null>;
  /** Removes a customer's whole order history (R6); returns the orders removed. */
  deleteByCustomer(storeId: string, customerGuid: string): Promise<Order[]>;
  /** Saves the order as Unleashed has it now, telling the buyer of a new status (R18a). */
  save(order: Order): Promise<void>;
}

export function createOrderUpdates(repo: OrdersRepo, notices: StatusNoticeDeps): OrderUpdates {
  return {
    get: (storeId, id) => repo.get(storeId, id),
    findByUnleashedGuids: (storeId, guids) => repo.findByUnleashedGuids(storeId, guids),
    listQueued: (storeId) => repo.listQueued(storeId),
    firstSentAt: (storeId) => repo.firstSentAt(storeId),
    deleteByCustomer: (storeId, customerGuid) => repo.deleteByCustomer(storeId, customerGuid),
    async save(order) {
      const before = await repo.get(order.storeId, order.id);
      await repo.save(order);
      if (!before || before.status === order.status) return;
      await noticeStatusChange(notices, before, order).catch((error: unknown) =>
        notices.logger.warn(
          { storeId: order.storeId, orderId: order.id, err: error },
          'status email not sent',
        ),
      );
    },
  };
}
