// "Act as customer" (R22): starts an acting session for the customer (the gateway sets the acting cookie and
// keeps the admin's own session aside, so admin pages keep working), then opens the buyer pages as that customer.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem } from '../../api/types.ts';
import { navigate } from '../../router.ts';
import { ProblemNote } from '../../ui/components.tsx';

export function ActAsButton(props: { storeId: string; customerGuid: string; customerName: string }) {
  const { storeId, customerGuid, customerName } = props;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  const start = async () => {
    setBusy(true);
    setProblem(undefined);
    const { error } = await api.POST('/admin/stores/{storeId}/acting', {
      params: { path: { storeId } },
      body: { customerGuid },
    });
    setBusy(false);
    if (error) setProblem(error);
    else navigate('/');
  };

  return (
    <>
      <button type="button" class="button secondary small" disabled={busy} onClick={start}>
        Act as customer<span class="visually-hidden"> {customerName}</span>
      </button>
      {problem && <ProblemNote problem={problem} />}
    </>
  );
}
