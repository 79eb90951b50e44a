// The approval emails (B8), queued through the outbox in the caller's transaction: each approver is asked, and
// the placing contact hears the outcome. Links open the order at the store's address (`/s/<slug>/`), as
// invitation and reset links do.

import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Contact } from '../customers/customers.types.ts';
import type { EmailService } from '../email/email.service.ts';
import { orderEmailSummary } from '../orders/order-email-summary.ts';
import type { Order } from '../orders/orders.types.ts';
import type { Store } from '../stores/stores.types.ts';

export interface ApprovalEmailDeps {
  customers: CustomerReader;
  email: EmailService;
  publicBaseUrl: string;
}

/** The order's page in the storefront, at the store's own address. */
export const orderLink = (publicBaseUrl: string, store: Store, orderId: string) =>
  `${publicBaseUrl}${store.slug ? `/s/${encodeURIComponent(store.slug)}` : ''}/#/orders/${orderId}`;

export function createApprovalEmails(deps: ApprovalEmailDeps) {
  const summaryOf = async (store: Store, order: Order) =>
    orderEmailSummary(
      order,
      await deps.customers.getCustomer(store.id, order.customerGuid),
      orderLink(deps.publicBaseUrl, store, order.id),
    );
  const firstNameOf = async (order: Order) =>
    (await deps.customers.listContacts(order.storeId, order.customerGuid)).find(
      (c) => c.email?.toLowerCase() === order.placedByEmail.toLowerCase(),
    )?.firstName ?? null;

  return {
    /** One email to each approver that the order awaits their approval. */
    async askApprovers(store: Store, order: Order, approvers: readonly Contact[]): Promise<void> {
      const summary = await summaryOf(store, order);
      for (const approver of approvers)
        if (approver.email)
          await deps.email.send(store.id, 'order-approval-needed', approver.email, {
            firstName: approver.firstName,
            order: summary,
            placedByEmail: order.placedByEmail,
          });
    },

    /** Tells the placing contact the order was approved, or rejected with the reason. */
    async tellBuyer(store: Store, order: Order): Promise<void> {
      const variables = {
        firstName: await firstNameOf(order),
        order: await summaryOf(store, order),
        decidedBy: order.approvalDecidedBy ?? '',
      };
      if (order.status === 'rejected')
        await deps.email.send(store.id, 'order-rejected', order.placedByEmail, {
          ...variables,
          reason: order.rejectionReason ?? '',
        });
      else await deps.email.send(store.id, 'order-approved', order.placedByEmail, variables);
    },
  };
}

export type ApprovalEmails = ReturnType<typeof createApprovalEmails>;
