// One order (R19, R20, B7, B8): status, where its approval stands, the buyer's PO number, when and by whom it was placed, where it goes, its
// lines, the charges the supplier added in Unleashed (freight…), totals as Unleashed has them, and Reorder (B3).
// Right after checkout (`placed`) it is the confirmation page. Both keep themselves current until the order is final.
import { api } from '../../api/client.ts';
import type { BuyerOrder } from '../../api/types.ts';
import { href } from '../../router.ts';
import { Loading, Notice, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { Fact } from '../../ui/fact.tsx';
import { formatDateTime, formatDay } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';
import { useLoad } from '../../ui/use-load.ts';
import { useCurrency } from '../buyer-context.ts';
import { formatAddress } from '../cart/address.ts';
import { OrderApproval } from './order-approval.tsx';
import { OrderLines } from './order-lines.tsx';
import { OrderStatusBadge } from './order-status.tsx';
import { orderName } from './orders-table.tsx';
import { Reorder } from './reorder.tsx';
import { isFinalStatus, useOrderUpdates } from './use-order-updates.ts';

export function OrderPage({ orderId, placed }: { orderId: string; placed: boolean }) {
  const order = useLoad(
    () => api.GET('/store/orders/{orderId}', { params: { path: { orderId } } }),
    [orderId],
  );
  useOrderUpdates(order.data, order.set);
  if (order.state === 'loading') return <Loading label="Loading the order…" />;
  if (order.state === 'failed') {
    return (
      <div class="stack">
        <PageTitle>Order not available</PageTitle>
        <ProblemNote
          problem={order.problem}
          onRetry={order.problem.status === 404 ? undefined : order.reload}
        />
        <p>
          <a href={href('/orders')}>All orders</a>
        </p>
      </div>
    );
  }
  return <OrderView order={order.data} placed={placed} onChange={order.set} />;
}

function OrderView(props: { order: BuyerOrder; placed: boolean; onChange: (order: BuyerOrder) => void }) {
  const { order, placed } = props;
  const currency = useCurrency();
  return (
    <div class="stack">
      <p>
        <a href={href('/orders')}>← Orders</a>
      </p>
      <PageTitle>{placed ? 'Thank you for your order' : orderName(order)}</PageTitle>
      {placed && order.status !== 'awaiting-approval' && (
        <Notice>
          Your order has been placed. A confirmation is on its way to {order.placedByEmail}; the order goes to
          the supplier in a moment.
        </Notice>
      )}
      {placed && order.status === 'awaiting-approval' && (
        <Notice>
          Your order has been placed and awaits approval. The approvers have been emailed; the order goes to
          the supplier once one of them approves it.
        </Notice>
      )}
      <dl class="facts">
        <Fact term="Status" live>
          <OrderStatusBadge order={order} />
        </Fact>
        <Fact term="Order number" live>
          {order.reference}
        </Fact>
        {order.reference !== order.storeReference && (
          <Fact term="Store reference">{order.storeReference}</Fact>
        )}
        {order.requiredDate && <Fact term="Requested delivery">{formatDay(order.requiredDate)}</Fact>}
        {order.purchaseOrderRef && <Fact term="PO number">{order.purchaseOrderRef}</Fact>}
        <Fact term="Placed">{formatDateTime(order.createdAt)}</Fact>
        <Fact term="Placed by">{order.placedByEmail}</Fact>
        <Fact term="Delivery address" wide>
          {formatAddress(order.deliveryAddress)}
        </Fact>
        {order.comment && (
          <Fact term="Comment" wide>
            {order.comment}
          </Fact>
        )}
      </dl>
      <OrderApproval order={order} onDecided={props.onChange} />
      {!isFinalStatus(order) && (
        <p class="muted live-note">This page updates by itself as the order moves on.</p>
      )}
      <OrderLines order={order} />
      <dl class="totals" aria-label="Order totals">
        <div>
          <dt>Subtotal{order.charges.length > 0 ? ' (with charges)' : ''}</dt>
          <dd>{formatMoney(order.subTotal)}</dd>
        </div>
        <div>
          <dt>Tax</dt>
          <dd>{formatMoney(order.taxTotal)}</dd>
        </div>
        <div class="grand">
          <dt>Total ({currency})</dt>
          <dd>{formatMoney(order.total)}</dd>
        </div>
      </dl>
      <Reorder orderId={order.id} />
    </div>
  );
}
