// One order in a slide-over (R18–R20, R23, B7): who it is for, its PO number and who placed it (and the admin
// who placed it on the customer's behalf), whether it reached Unleashed, its lines (a backordered part said on
// its line, B9), charges and totals, delivery address and comment, and where the customer's approval stands (B8).
import { api } from '../../api/client.ts';
import type { StoreOrderDetail } from '../../api/types.ts';
import { Loading, ProblemNote } from '../../ui/components.tsx';
import { formatDateTime, formatDay, formatNumber } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';
import { OrderLinesTable } from '../../ui/order-lines-table.tsx';
import { SlideOver } from '../../ui/slide-over.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { IMPORT_STATE } from './order-labels.ts';

type Approval = NonNullable<StoreOrderDetail['approval']>;

/** Where the customer's approval of the order stands (B8), in one line. */
function approvalText(approval: Approval): string {
  const when = approval.decidedAt ? `, ${formatDateTime(approval.decidedAt)}` : '';
  if (approval.state === 'awaiting') return "Awaiting the customer's approval; not sent to Unleashed";
  if (approval.state === 'approved') return `Approved by ${approval.decidedBy}${when}`;
  return `Rejected by ${approval.decidedBy}${when}: ${approval.rejectionReason}`;
}

export function OrderDetail(props: { storeId: string; orderId: string; onClose: () => void }) {
  const { storeId, orderId, onClose } = props;
  const order = useLoad(
    () => api.GET('/admin/stores/{storeId}/orders/{orderId}', { params: { path: { storeId, orderId } } }),
    [storeId, orderId],
  );
  const o = order.data;
  return (
    <SlideOver title="Order" onClose={onClose}>
      {order.state === 'loading' && <Loading label="Loading the order…" />}
      {order.state === 'failed' && <ProblemNote problem={order.problem} onRetry={order.reload} />}
      {o && (
        <div class="stack">
          <dl class="facts">
            <dt>Store reference</dt>
            <dd>{o.storeReference}</dd>
            {o.requiredDate && (
              <>
                <dt>Requested delivery</dt>
                <dd>{formatDay(o.requiredDate)}</dd>
              </>
            )}
            <dt>Customer</dt>
            <dd>
              {o.customerName ?? '—'} <span class="muted">({o.customerCode})</span>
            </dd>
            {o.purchaseOrderRef && (
              <>
                <dt>PO number</dt>
                <dd>{o.purchaseOrderRef}</dd>
              </>
            )}
            <dt>Placed</dt>
            <dd>{formatDateTime(o.createdAt)}</dd>
            <dt>Placed by</dt>
            <dd>{o.placedByEmail}</dd>
            {o.placedOnBehalfBy && (
              <>
                <dt>On their behalf by</dt>
                <dd>{o.placedOnBehalfBy}</dd>
              </>
            )}
            <dt>Status</dt>
            <dd>
              <span class="badge">{o.statusLabel}</span>
            </dd>
            {o.approval && (
              <>
                <dt>Approval</dt>
                <dd>{approvalText(o.approval)}</dd>
              </>
            )}
            <dt>Unleashed</dt>
            <dd>
              {o.unleashedOrderNumber ?? IMPORT_STATE[o.importState]}
              {o.importError && <span class="error-text block">{o.importError}</span>}
            </dd>
            {o.comment && (
              <>
                <dt>Comment</dt>
                <dd>{o.comment}</dd>
              </>
            )}
            {o.deliveryAddress && (
              <>
                <dt>Deliver to</dt>
                <dd>{Object.values(o.deliveryAddress).filter(Boolean).join(', ')}</dd>
              </>
            )}
          </dl>
          <OrderLinesTable
            label="Order lines"
            totalHeading="Total"
            lines={o.lines}
            product={(line) => (
              <>
                {line.code} <span class="muted block">{line.description}</span>
                {line.backorderQuantity ? (
                  <span class="line-backorder block">
                    {formatNumber(line.backorderQuantity)} on backorder
                  </span>
                ) : null}
              </>
            )}
            charges={o.charges}
          />
          <dl class="facts totals">
            <dt>Subtotal</dt>
            <dd>{formatMoney(o.subTotal)}</dd>
            <dt>Tax</dt>
            <dd>{formatMoney(o.taxTotal)}</dd>
            <dt>Total</dt>
            <dd>{formatMoney(o.total)}</dd>
          </dl>
        </div>
      )}
    </SlideOver>
  );
}
