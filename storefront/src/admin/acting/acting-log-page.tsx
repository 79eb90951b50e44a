// The acting log (R22, B5): which admin acted as which customer, when it started and ended, and why it ended.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { ActingLogEntry, Store } from '../../api/types.ts';
import { PageTitle } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { PagedList } from '../../ui/paged-list.tsx';
import { useLoad } from '../../ui/use-load.ts';

const PAGE_SIZE = 25;
const END_REASON: Record<NonNullable<ActingLogEntry['endReason']>, string> = {
  stopped: 'Stopped acting',
  replaced: 'Started acting again',
  'admin-signed-out': 'Admin signed out',
  'customer-left-store': 'Customer left the store',
  'session-ended': 'Session ended',
};

export function ActingLogPage({ store }: { store: Store }) {
  const [page, setPage] = useState(1);
  const log = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/acting-log', {
        params: { path: { storeId: store.id }, query: { page, pageSize: PAGE_SIZE } },
      }),
    [store.id, page],
  );
  return (
    <section class="stack">
      <PageTitle>Acting log</PageTitle>
      <p class="muted lead">Every time an admin acted as a customer, newest first.</p>
      <PagedList
        loaded={log}
        loading="Loading the acting log…"
        empty={<p class="muted">No admin has acted as a customer yet. Start from a customer's row.</p>}
        pager={{ label: 'Acting log', page, pageSize: PAGE_SIZE, onPage: setPage }}
      >
        {(items) => (
          <DataTable
            label="Acting log"
            columns={['Customer', 'Admin', 'Started', 'Ended']}
            rows={items}
            rowKey={(entry) => entry.id}
            cells={(entry) => (
              <>
                <th scope="row">
                  {entry.customer.name}
                  <span class="muted block">{entry.customer.code}</span>
                </th>
                <td>{entry.admin.email}</td>
                <td>{formatDateTime(entry.startedAt)}</td>
                <td>
                  {entry.endedAt ? formatDateTime(entry.endedAt) : <span class="badge">Still acting</span>}
                  {entry.endReason && <span class="muted block">{END_REASON[entry.endReason]}</span>}
                </td>
              </>
            )}
          />
        )}
      </PagedList>
    </section>
  );
}
