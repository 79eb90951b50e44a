// A customer's ordering settings in its slide-out (B7): whether every order must carry a purchase-order number.
// Saved as soon as it is switched; a refusal is shown under the switch and the switch goes back.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem } from '../../api/types.ts';
import { Loading, ProblemNote } from '../../ui/components.tsx';
import { Switch } from '../../ui/switch.tsx';
import { useLoad } from '../../ui/use-load.ts';

export function CustomerOrderSettings(props: { storeId: string; customerGuid: string }) {
  const { storeId, customerGuid } = props;
  const path = { storeId, customerGuid };
  const settings = useLoad(
    () => api.GET('/admin/stores/{storeId}/customers/{customerGuid}/order-settings', { params: { path } }),
    [storeId, customerGuid],
  );
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  const setRequired = async (purchaseOrderRefRequired: boolean) => {
    setSaving(true);
    setProblem(undefined);
    const { data, error } = await api.PUT('/admin/stores/{storeId}/customers/{customerGuid}/order-settings', {
      params: { path },
      body: { purchaseOrderRefRequired },
    });
    setSaving(false);
    if (data) settings.set(data);
    else setProblem(error);
  };

  return (
    <section aria-labelledby="customer-ordering">
      <h3 id="customer-ordering">Ordering</h3>
      {settings.state === 'loading' && <Loading label="Loading ordering settings…" />}
      {settings.state === 'failed' && <ProblemNote problem={settings.problem} onRetry={settings.reload} />}
      {settings.data && (
        <Switch checked={settings.data.purchaseOrderRefRequired} disabled={saving} onChange={setRequired}>
          <span>Require a purchase-order number on every order</span>
        </Switch>
      )}
      {problem && <ProblemNote problem={problem} />}
    </section>
  );
}
