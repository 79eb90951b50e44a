// R18a: when the sync moves a store order to another status, the contact who placed it is emailed
// (`order-status-changed`) if the store's switch for the new status is on, with the store's label for it.
// Called by the orders domain's own writes (order-updates.ts), so the sync never sees email.
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { EmailService } from '../email/email.service.ts';
import { orderSettings, statusLabel } from '../stores/order-settings.ts';
import type { Store } from '../stores/stores.types.ts';
import { orderEmailSummary } from './order-email-summary.ts';
import type { Order } from './orders.types.ts';

export interface StatusNoticeDeps {
  stores: { get(id: string): Promise<Store | undefined> };
  customers: CustomerReader;
  email: EmailService;
  publicBaseUrl: string;
  logger: { warn(fields: object, message: string): void };
}

/** Emails the placing contact about `after`'s new status when the store wants it. */
export async function noticeStatusChange(deps: StatusNoticeDeps, before: Order, after: Order): Promise<void> {
  const store = await deps.stores.get(after.storeId);
  // Approval outcomes (B8) have emails of their own (approvals/); only Unleashed's statuses notify here.
  if (!store || after.status === 'awaiting-approval') return;
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
      order: orderEmailSummary(after, customer, `${deps.publicBaseUrl}/#/orders/${after.id}`),
      statusLabel: labels[after.status].label,
      previousStatusLabel: statusLabel(store, before.status),
    },
    { deliverNow: false },
  );
}
