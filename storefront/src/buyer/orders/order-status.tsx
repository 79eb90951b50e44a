// An order's store status as the buyer reads it (R18, R18a): the store's own label for it (the admin may rename
// the labels), coloured by the underlying status.
import type { BuyerOrder } from '../../api/types.ts';

export function OrderStatusBadge({ order }: { order: Pick<BuyerOrder, 'status' | 'statusLabel'> }) {
  return <span class={`badge order-${order.status}`}>{order.statusLabel}</span>;
}
