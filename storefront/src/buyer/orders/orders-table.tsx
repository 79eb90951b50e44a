// Orders as a table: when, the one order reference (the store's number until Unleashed numbers it), the buyer's
// PO number (B7), status, who placed it (R20) and total;
// each row links to the order.
import type { BuyerOrder } from '../../api/types.ts';
import { href } from '../../router.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';
import { useCurrency } from '../buyer-context.ts';
import { OrderStatusBadge } from './order-status.tsx';

/** `Order SO-00000123`, or before Unleashed has numbered it, `Order E7BF257B` (the store's own number). */
export function orderName(order: BuyerOrder): string {
  return `Order ${order.reference}`;
}

export function OrdersTable({ orders }: { orders: BuyerOrder[] }) {
  const currency = useCurrency();
  return (
    <DataTable
      columns={[
        'Order',
        'PO number',
        'Placed',
        'Status',
        'Placed by',
        { heading: `Total (${currency})`, num: true },
      ]}
      rows={orders}
      rowKey={(order) => order.id}
      cells={(order) => (
        <>
          <th scope="row">
            <a href={href(`/orders/${encodeURIComponent(order.id)}`)}>{order.reference}</a>
          </th>
          <td>{order.purchaseOrderRef ?? ''}</td>
          <td>{formatDateTime(order.createdAt)}</td>
          <td>
            <OrderStatusBadge order={order} />
          </td>
          <td>{order.placedByEmail}</td>
          <td class="num">{formatMoney(order.total)}</td>
        </>
      )}
    />
  );
}
