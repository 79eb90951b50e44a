// "Export CSV" (issue 16 item 8): the orders the filters match, fetched through the client (so a refusal shows as
// a problem like any other) and handed to the browser as a download named by the gateway.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem } from '../../api/types.ts';
import { ProblemNote } from '../../ui/components.tsx';
import { type OrderFilterValues, orderQuery } from './order-filters.tsx';

export function ExportOrders({ storeId, filters }: { storeId: string; filters: OrderFilterValues }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();
  const exportCsv = async () => {
    setBusy(true);
    setProblem(undefined);
    const { data, error, response } = await api.GET('/admin/stores/{storeId}/orders/export.csv', {
      params: { path: { storeId }, query: orderQuery(filters) },
      parseAs: 'blob',
    });
    setBusy(false);
    if (error) return setProblem(error);
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
    const link = document.createElement('a');
    link.href = URL.createObjectURL(data as Blob);
    link.download = name ?? 'orders.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  return (
    <div class="export-orders">
      <button type="button" class="button secondary" onClick={exportCsv} disabled={busy} aria-busy={busy}>
        {busy ? 'Exporting…' : 'Export CSV'}
      </button>
      {problem && <ProblemNote problem={problem} />}
    </div>
  );
}
