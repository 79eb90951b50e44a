// R18a: when the sync moves a store order to another status, the contact who placed it is emailed
// (`order-status-changed`) if the store's switch for the new status is on, with the store's label for it.
// The sync sees no email: its orders repository is wrapped so that a save which changes a saved order's
// status tells the buyer. A failing email never fails the sync; it is logged (and the outbox retries delivery).
import type { CustomersRepo } from '../customers/customers.repo.ts';
import type { EmailService } from '../email/email.service.ts';
import { orderSettings } from '../stores/order-settings.ts';
import type { Store } from '../stores/stores.types.ts';
import type { OrdersRepo } from './orders.repo.ts';
import type { Order } from './orders.types.ts';

export interface StatusNoticeDeps {
  stores: { get(id: string): Promise<Store | undefined> };
  customers: CustomersRepo;
  email: EmailService;
  publicBaseUrl: string;
  logger: { warn(fields: object, message: string): void };
}

/** Emails the placing contact about `after`'s new status when the store wants it. */
export async function noticeStatusChange(deps: StatusNoticeDeps, before: Order, after: Order): Promise<void> {
  const store = await deps.stores.get(after.storeId);
  if (!store) return;
  const labels = orderSettings(store).orderStatuses;
  if (!labels[after.status].notifyBuyer) return;
  const customer = await deps.customers.getCustomer(store.id, after.customerGuid);
  const contact = (await deps.customers.listContacts(store.id, after.customerGuid)).find(
    (c) => c.email === after.placedByEmail,
  );
  await deps.email.send(
    store.id,
    'order-status-changed',
    after.placedByEmail,
    {
      firstName: contact?.firstName ?? null,
      orderNumber: after.id.slice(0, 8).toUpperCase(),
      customerName: customer?.name ?? after.customerCode,
      statusLabel: labels[after.status].label,
      previousStatusLabel: labels[before.status].label,
      orderUrl: `${deps.publicBaseUrl}/#/orders/${after.id}`,
    },
    { deliverNow: false },
  );
}

/** The orders repository the sync writes through: the same, plus R18a's status-change email. */
export function withStatusNotices(orders: OrdersRepo, deps: StatusNoticeDeps): OrdersRepo {
  return {
    ...orders,
    async save(order) {
      const before = await orders.get(order.storeId, order.id);
      await orders.save(order);
      if (!before || before.status === order.status) return;
      await noticeStatusChange(deps, before, order).catch((error: unknown) =>
        deps.logger.warn({ storeId: order.storeId, orderId: order.id, err: error }, 'status email not sent'),
      );
    },
  };
}
