// While an admin acts as the customer (R22): a badge that stays in the header on every buyer page. Choosing it
// offers "Stop Acting as Customer" (the gateway ends the acting session and gives the admin's own session back,
// then the admin's customers page opens) or "Keep Acting".
import { useState } from 'preact/hooks';
import { api } from '../api/client.ts';
import type { Acting, Problem } from '../api/types.ts';
import { navigate } from '../router.ts';
import { ProblemNote } from '../ui/components.tsx';
import { formatDateTime } from '../ui/format.ts';

export const ADMIN_CUSTOMERS = '/admin/customers';

export function ActingBadge(props: { acting: Acting; storeId: string; customerName: string }) {
  const { acting, storeId, customerName } = props;
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  const stop = async () => {
    setBusy(true);
    setProblem(undefined);
    const { error } = await api.DELETE('/admin/stores/{storeId}/acting', { params: { path: { storeId } } });
    setBusy(false);
    if (error) setProblem(error);
    else navigate(ADMIN_CUSTOMERS);
  };

  return (
    <div class="acting">
      <button
        type="button"
        class="acting-badge"
        aria-expanded={open}
        aria-controls="acting-panel"
        onClick={() => setOpen(!open)}
      >
        Acting as a Customer
      </button>
      {open && (
        <section id="acting-panel" class="acting-panel" aria-label="Acting as a Customer">
          <p>
            {acting.adminName} ({acting.adminEmail}) is acting as {customerName} since{' '}
            {formatDateTime(acting.startedAt)}. Orders placed now are placed for one of its contacts.
          </p>
          {problem && <ProblemNote problem={problem} />}
          <div class="actions">
            <button type="button" class="button primary" disabled={busy} onClick={stop}>
              {busy ? 'Stopping…' : 'Stop Acting as Customer'}
            </button>
            <button type="button" class="button secondary" onClick={() => setOpen(false)}>
              Keep Acting
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
