// One standing order (R21): status, next order, schedule, address, who created it, its lines and last runs
// (outcome and why), with edit, pause, resume and cancel (cancel asks first: it cannot be undone).
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem, StandingOrder } from '../../api/types.ts';
import { href } from '../../router.ts';
import { Loading, Notice, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { ConfirmButton } from '../../ui/confirm-button.tsx';
import { Fact } from '../../ui/fact.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { formatDay, scheduleInWords } from '../../ui/schedule-words.ts';
import { useLoad } from '../../ui/use-load.ts';
import { formatAddress } from '../cart/address.ts';
import { StandingOrderEdit } from './standing-order-edit.tsx';
import { StandingOrderTables } from './standing-order-tables.tsx';
import { StandingStatusBadge } from './standing-orders-page.tsx';

type Action = 'pause' | 'resume' | 'cancel';
const DONE: Record<Action, string> = {
  pause: 'Paused: no orders and no reminders until you resume it.',
  resume: 'Resumed.',
  cancel: 'Cancelled: it will not place orders any more.',
};

export function StandingOrderPage({ id }: { id: string }) {
  const order = useLoad(
    () => api.GET('/store/standing-orders/{standingOrderId}', { params: { path: { standingOrderId: id } } }),
    [id],
  );
  if (order.state === 'loading') return <Loading label="Loading the standing order…" />;
  if (order.state === 'failed') {
    return (
      <div class="stack">
        <PageTitle>Standing order not available</PageTitle>
        <ProblemNote
          problem={order.problem}
          onRetry={order.problem.status === 404 ? undefined : order.reload}
        />
        <p>
          <a href={href('/standing-orders')}>All standing orders</a>
        </p>
      </div>
    );
  }
  return <StandingOrderView order={order.data} onChange={order.set} />;
}

function StandingOrderView(props: { order: StandingOrder; onChange: (order: StandingOrder) => void }) {
  const { order, onChange } = props;
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  const act = async (action: Action) => {
    setBusy(true);
    setProblem(undefined);
    setNotice(undefined);
    const path = { standingOrderId: order.id };
    const answer = await api.POST(`/store/standing-orders/{standingOrderId}/${action}`, { params: { path } });
    setBusy(false);
    if (answer.error) return setProblem(answer.error);
    onChange(answer.data);
    setNotice(DONE[action]);
  };

  return (
    <div class="stack">
      <p>
        <a href={href('/standing-orders')}>← Standing orders</a>
      </p>
      <PageTitle>{order.name}</PageTitle>
      <dl class="facts">
        <Fact term="Status">
          <StandingStatusBadge order={order} />
        </Fact>
        <Fact term="Next order">{formatDay(order.nextRunDate)}</Fact>
        <Fact term="Schedule">{scheduleInWords(order.schedule)}</Fact>
        <Fact term="Starts">{formatDay(order.startDate)}</Fact>
        <Fact term="Created by">{order.createdByEmail}</Fact>
        <Fact term="Created">{formatDateTime(order.createdAt)}</Fact>
        <Fact term="Delivery address" wide>
          {formatAddress(order.deliveryAddress)}
        </Fact>
        {order.purchaseOrderRef && <Fact term="PO number">{order.purchaseOrderRef}</Fact>}
        {order.comment && (
          <Fact term="Comment" wide>
            {order.comment}
          </Fact>
        )}
      </dl>
      {notice && <Notice>{notice}</Notice>}
      {problem && <ProblemNote problem={problem} />}
      {order.status !== 'cancelled' && !editing && (
        <div class="actions">
          <button type="button" class="button secondary" disabled={busy} onClick={() => setEditing(true)}>
            Edit
          </button>
          {order.status === 'active' && (
            <button type="button" class="button secondary" disabled={busy} onClick={() => act('pause')}>
              Pause
            </button>
          )}
          {order.status === 'paused' && (
            <button type="button" class="button secondary" disabled={busy} onClick={() => act('resume')}>
              Resume
            </button>
          )}
          <ConfirmButton
            label="Cancel standing order"
            question={`Cancel "${order.name}" for good? It will never place an order again.`}
            confirmLabel="Yes, cancel it"
            keepLabel="Keep it"
            busy={busy}
            onConfirm={() => act('cancel')}
          />
        </div>
      )}
      {editing && (
        <StandingOrderEdit
          order={order}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            onChange(saved);
            setEditing(false);
            setNotice('Your changes are saved.');
          }}
        />
      )}
      <StandingOrderTables order={order} />
    </div>
  );
}
