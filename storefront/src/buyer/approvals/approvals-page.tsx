// The buyer's Approvals page (B8): the customer's approval rule and who approves; for approvers (and an admin
// acting as the customer) the orders awaiting approval, each approved or rejected in place, and the rule's form.
import { api } from '../../api/client.ts';
import type { ApprovalSettings, BuyerOrder } from '../../api/types.ts';
import { href } from '../../router.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';
import { updateItems, useLoad } from '../../ui/use-load.ts';
import { OrderStatusBadge } from '../orders/order-status.tsx';
import { ApprovalActions } from './approval-actions.tsx';
import { ApprovalSettingsForm } from './approval-settings-form.tsx';

/** "Every order needs approval by Ann (ann@…)" — the rule in one sentence. */
export function approvalRuleSentence(s: ApprovalSettings): string {
  if (s.mode === 'off') return 'Orders need no approval.';
  const who = s.approvers.map((a) => a.email).join(', ');
  const which =
    s.mode === 'always'
      ? 'Every order'
      : `Every order above ${formatMoney(s.threshold)}${s.currency ? ` ${s.currency}` : ''} before tax`;
  return `${which} from a contact who is not an approver needs approval by ${who}.`;
}

export function ApprovalsPage() {
  const settings = useLoad(() => api.GET('/store/approval-settings'), []);
  if (settings.state === 'loading') return <Loading label="Loading approvals…" />;
  if (settings.state === 'failed')
    return <ProblemNote problem={settings.problem} onRetry={settings.reload} />;
  const s = settings.data;
  return (
    <div class="stack">
      <PageTitle>Approvals</PageTitle>
      <p>{approvalRuleSentence(s)}</p>
      {s.canApprove && <AwaitingOrders />}
      {s.canManage && (
        <section aria-labelledby="approval-rule" class="stack">
          <h2 id="approval-rule">Approval rule</h2>
          <ApprovalSettingsForm
            settings={s}
            save={(body) => api.PUT('/store/approval-settings', { body })}
            onSaved={settings.set}
          />
        </section>
      )}
    </div>
  );
}

function AwaitingOrders() {
  const orders = useLoad(() => api.GET('/store/approvals'), []);
  const decided = (order: BuyerOrder) => updateItems(orders, (o) => (o.id === order.id ? order : o));
  return (
    <section aria-labelledby="awaiting" class="stack">
      <h2 id="awaiting">Orders awaiting approval</h2>
      {orders.state === 'loading' && <Loading label="Loading orders…" />}
      {orders.state === 'failed' && <ProblemNote problem={orders.problem} onRetry={orders.reload} />}
      {orders.data?.items.length === 0 && <p class="muted">No order is waiting for approval.</p>}
      <ul class="approval-list">
        {orders.data?.items.map((order) => (
          <li key={order.id} class="card stack">
            <p>
              <a href={href(`/orders/${encodeURIComponent(order.id)}`)}>Order {order.reference}</a> by{' '}
              {order.placedByEmail}, {formatDateTime(order.createdAt)}: {formatMoney(order.subTotal)} before
              tax <OrderStatusBadge order={order} />
            </p>
            {order.status === 'awaiting-approval' ? (
              <ApprovalActions order={order} onDecided={decided} />
            ) : (
              <p>
                {order.approval?.state === 'rejected' ? 'Rejected' : 'Approved'} by{' '}
                {order.approval?.decidedBy}.
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
