// An order's store status as the buyer reads it (R18, R18a): Processing until Unleashed has it, then the
// label for its Unleashed status.
import type { OrderStatus } from '../api/buyer-types.ts';

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  processing: 'Processing',
  'pending-approval': 'Pending Approval',
  confirmed: 'Confirmed',
  'coming-soon': 'Coming Soon',
  complete: 'Complete',
  rejected: 'Rejected',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return <span class={`badge order-${status}`}>{ORDER_STATUS_LABELS[status]}</span>;
}
