// Approve or reject (with a reason) one order awaiting approval (B8), for the customer's approvers and an admin
// acting as the customer. A refusal (say another approver was quicker: 409) is shown where the buttons were.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { BuyerOrder, Problem } from '../../api/types.ts';
import { Field, ProblemNote } from '../../ui/components.tsx';

export function ApprovalActions(props: { order: BuyerOrder; onDecided: (order: BuyerOrder) => void }) {
  const { order } = props;
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const path = { orderId: order.id };

  const decide = async (call: () => Promise<{ data?: BuyerOrder; error?: Problem }>) => {
    setBusy(true);
    setProblem(undefined);
    const { data, error } = await call();
    setBusy(false);
    if (data) props.onDecided(data);
    else setProblem(error);
  };
  const approve = () => decide(() => api.POST('/store/orders/{orderId}/approval', { params: { path } }));
  const reject = (event: Event) => {
    event.preventDefault();
    void decide(() =>
      api.POST('/store/orders/{orderId}/rejection', { params: { path }, body: { reason: reason.trim() } }),
    );
  };
  const reasonError = problem?.errors?.find((e) => e.field === 'reason')?.message;

  return (
    <div class="approval-actions stack">
      <p class="actions">
        <button type="button" class="button primary" disabled={busy} onClick={approve}>
          Approve {order.reference}
        </button>
        {!rejecting && (
          <button type="button" class="button secondary" disabled={busy} onClick={() => setRejecting(true)}>
            Reject…
          </button>
        )}
      </p>
      {rejecting && (
        <form class="stack" onSubmit={reject}>
          <Field
            id={`reason-${order.id}`}
            label="Why is it rejected? (emailed to the buyer)"
            error={reasonError}
          >
            {(control) => (
              <textarea
                {...control}
                required
                maxLength={500}
                value={reason}
                onInput={(e) => setReason(e.currentTarget.value)}
              />
            )}
          </Field>
          <p>
            <button type="submit" class="button secondary" disabled={busy}>
              Reject {order.reference}
            </button>
          </p>
        </form>
      )}
      {problem && !reasonError && <ProblemNote problem={problem} />}
    </div>
  );
}
