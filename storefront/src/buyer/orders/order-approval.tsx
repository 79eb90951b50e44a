// Where an order that needed approval stands (B8), on its page: waiting (and for an approver or an acting
// admin, approve / reject right there), approved by whom, or rejected by whom and why.
import { api } from '../../api/client.ts';
import type { BuyerOrder } from '../../api/types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { useLoad } from '../../ui/use-load.ts';
import { ApprovalActions } from '../approvals/approval-actions.tsx';

export function OrderApproval(props: { order: BuyerOrder; onDecided: (order: BuyerOrder) => void }) {
  const { approval } = props.order;
  if (!approval) return null;
  if (approval.state === 'awaiting') return <Awaiting {...props} />;
  const when = approval.decidedAt ? `, ${formatDateTime(approval.decidedAt)}` : '';
  return (
    <div class="approval-outcome" aria-live="polite">
      {approval.state === 'approved' ? (
        <p>
          Approved by {approval.decidedBy}
          {when}.
        </p>
      ) : (
        <p class="problem-text">
          Rejected by {approval.decidedBy}
          {when}. Reason: {approval.rejectionReason}
        </p>
      )}
    </div>
  );
}

function Awaiting(props: { order: BuyerOrder; onDecided: (order: BuyerOrder) => void }) {
  const settings = useLoad(() => api.GET('/store/approval-settings'), []);
  const approvers = settings.data?.approvers.map((a) => a.email).join(', ');
  return (
    <div class="approval-outcome stack" aria-live="polite">
      <p>
        This order awaits approval{approvers ? ` by ${approvers}` : ''}; it goes to the supplier once
        approved.
      </p>
      {settings.data?.canApprove && <ApprovalActions order={props.order} onDecided={props.onDecided} />}
    </div>
  );
}
