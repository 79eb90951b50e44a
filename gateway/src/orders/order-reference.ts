// One order reference everywhere (issue 16 item 4): the store's own number until Unleashed numbers the sales
// order, then Unleashed's number, the store's number kept as a secondary reference.
import type { Order } from './orders.types.ts';

/** The store's own number for an order, fixed when it is placed (the first 8 hex digits of its id). */
export function storeReferenceOf(order: Pick<Order, 'id'>): string {
  return order.id.slice(0, 8).toUpperCase();
}

/** The reference to show: Unleashed's sales-order number once it exists, else the store's own number. */
export function referenceOf(order: Pick<Order, 'id' | 'unleashedOrderNumber'>): string {
  return order.unleashedOrderNumber ?? storeReferenceOf(order);
}

/** Where an order that needed its customer's approval stands (B8); null when it never needed one. */
export function approvalOf(order: Order) {
  if (!order.approvalRequired) return null;
  const state =
    order.status === 'awaiting-approval' ? 'awaiting' : order.rejectionReason ? 'rejected' : 'approved';
  return {
    state,
    decidedBy: order.approvalDecidedBy ?? null,
    decidedAt: order.approvalDecidedAt ?? null,
    rejectionReason: order.rejectionReason ?? null,
  } as const;
}

/** Both references for an API answer. */
export function referencesOf(order: Pick<Order, 'id' | 'unleashedOrderNumber'>) {
  return { reference: referenceOf(order), storeReference: storeReferenceOf(order) };
}
