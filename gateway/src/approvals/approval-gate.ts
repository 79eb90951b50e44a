// Whether a placed order must wait for its customer's approval (B8): the customer's rule says always, or above
// an amount before tax (the order's subtotal, in the customer's currency), and the placing contact is not one
// of its approvers. An order an admin places while acting as the customer never waits: the acting admin may
// approve it anyway (R23), so asking the customer's approvers would only delay it.

import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Contact } from '../customers/customers.types.ts';
import type { Order } from '../orders/orders.types.ts';
import type { ApprovalRule, ApprovalsRepo } from './approvals.repo.ts';

/** The customer's approver contacts that can be reached: still in Unleashed, with an email. */
export async function approverContacts(
  customers: CustomerReader,
  storeId: string,
  customerGuid: string,
  rule: ApprovalRule,
): Promise<Contact[]> {
  const contacts = await customers.listContacts(storeId, customerGuid);
  return contacts.filter(
    (c) => rule.approverContactGuids.includes(c.guid) && c.syncState !== 'removed' && !!c.email,
  );
}

export const ruleApplies = (rule: ApprovalRule, subTotal: number) =>
  rule.mode === 'always' || (rule.mode === 'above' && subTotal > (rule.threshold ?? 0));

export function createApprovalGate(deps: { repo: ApprovalsRepo; customers: CustomerReader }) {
  return {
    /** The approvers the order waits for; empty when it goes straight to Unleashed. */
    async approversFor(order: Order): Promise<Contact[]> {
      if (order.placedOnBehalfBy) return [];
      const rule = await deps.repo.get(order.storeId, order.customerGuid);
      if (!ruleApplies(rule, order.subTotal)) return [];
      const approvers = await approverContacts(deps.customers, order.storeId, order.customerGuid, rule);
      const placer = order.placedByEmail.toLowerCase();
      if (approvers.length === 0 || approvers.some((a) => a.email?.toLowerCase() === placer)) return [];
      return approvers;
    },
  };
}

export type ApprovalGate = ReturnType<typeof createApprovalGate>;
