// How the admin pages name an order's store status (the default labels, R18a) and its import state (R18).
import type { OrderStatus, StoreOrder } from '../../api/types.ts';

/** The default label of each status; the store's own labels (Store.orderStatuses) win where they are known. */
export const ORDER_STATUS: Record<OrderStatus, string> = {
  'awaiting-approval': 'Awaiting approval',
  processing: 'Processing',
  'pending-approval': 'Pending Approval',
  confirmed: 'Confirmed',
  'coming-soon': 'Coming Soon',
  complete: 'Complete',
  rejected: 'Rejected',
};
export const ORDER_STATUSES = Object.keys(ORDER_STATUS) as OrderStatus[];

export const IMPORT_STATE: Record<StoreOrder['importState'], string> = {
  held: 'Held for approval',
  queued: 'Waiting to be sent',
  imported: 'In Unleashed',
  failed: 'Not sent',
};
