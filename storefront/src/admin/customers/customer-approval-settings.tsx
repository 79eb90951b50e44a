// A customer's approval rule and approver contacts (B8) in its slide-out: the same form the customer's own
// approvers use on their Approvals page.
import { api } from '../../api/client.ts';
import { ApprovalSettingsForm } from '../../buyer/approvals/approval-settings-form.tsx';
import { approvalRuleSentence } from '../../buyer/approvals/approvals-page.tsx';
import { Loading, ProblemNote } from '../../ui/components.tsx';
import { useLoad } from '../../ui/use-load.ts';

export function CustomerApprovalSettings(props: { storeId: string; customerGuid: string }) {
  const path = { storeId: props.storeId, customerGuid: props.customerGuid };
  const settings = useLoad(
    () => api.GET('/admin/stores/{storeId}/customers/{customerGuid}/approval-settings', { params: { path } }),
    [props.storeId, props.customerGuid],
  );
  return (
    <section aria-labelledby="customer-approval" class="stack">
      <h3 id="customer-approval">Order approval</h3>
      {settings.state === 'loading' && <Loading label="Loading approval settings…" />}
      {settings.state === 'failed' && <ProblemNote problem={settings.problem} onRetry={settings.reload} />}
      {settings.data && (
        <>
          <p class="muted">{approvalRuleSentence(settings.data)}</p>
          <ApprovalSettingsForm
            settings={settings.data}
            save={(body) =>
              api.PUT('/admin/stores/{storeId}/customers/{customerGuid}/approval-settings', {
                params: { path },
                body,
              })
            }
            onSaved={settings.set}
          />
        </>
      )}
    </section>
  );
}
