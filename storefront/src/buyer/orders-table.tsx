// Orders as a table: when, the Unleashed order number once imported, the buyer's PO number (B7), status, who
// placed it (R20) and total;
// each row links to the order.
import type { BuyerOrder } from '../api/buyer-types.ts';
import { href } from '../router.ts';
import { formatDateTime } from '../ui/format.ts';
import { formatMoney } from '../ui/money.ts';
import { OrderStatusBadge } from './order-status.tsx';

/** `Order SO-00000123`, or before Unleashed has numbered it, `Order of <when>`. */
export function orderName(order: BuyerOrder): string {
  return order.unleashedOrderNumber
    ? `Order ${order.unleashedOrderNumber}`
    : `Order of ${formatDateTime(order.createdAt)}`;
}

export function OrdersTable({ orders }: { orders: BuyerOrder[] }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">PO number</th>
            <th scope="col">Placed</th>
            <th scope="col">Status</th>
            <th scope="col">Placed by</th>
            <th scope="col" class="num">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <th scope="row">
                <a href={href(`/orders/${encodeURIComponent(order.id)}`)}>
                  {order.unleashedOrderNumber ?? 'Awaiting number'}
                </a>
              </th>
              <td>{order.purchaseOrderRef ?? ''}</td>
              <td>{formatDateTime(order.createdAt)}</td>
              <td>
                <OrderStatusBadge order={order} />
              </td>
              <td>{order.placedByEmail}</td>
              <td class="num">{formatMoney(order.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
