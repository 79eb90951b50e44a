// Standing orders (R21): every customer's, filterable by status, each with its customer, name, schedule in words,
// next run and the contact who created it; and the quantities due per product over the next 3 months.
import { useState } from 'preact/hooks';
import type { StandingOrderStatus } from '../../api/admin-types.ts';
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { Pager } from '../../ui/pager.tsx';
import { formatDay, scheduleInWords } from '../../ui/schedule-words.ts';
import { useLoad } from '../../ui/use-load.ts';
import { StandingOrderReport } from './standing-order-report.tsx';

const PAGE_SIZE = 25;
const STATUS: Record<StandingOrderStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  cancelled: 'Cancelled',
};

export function StandingOrdersPage({ store }: { store: Store }) {
  const [status, setStatus] = useState<StandingOrderStatus | ''>('');
  const [page, setPage] = useState(1);
  const list = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/standing-orders', {
        params: {
          path: { storeId: store.id },
          query: { page, pageSize: PAGE_SIZE, ...(status ? { status } : {}) },
        },
      }),
    [store.id, status, page],
  );
  return (
    <section class="stack">
      <PageTitle>Standing orders</PageTitle>
      {store.standingOrdersEnabled === false && (
        <p class="notice">Standing orders are switched off in the store settings: due runs are skipped.</p>
      )}
      <search class="filters" aria-label="Standing orders">
        <div class="field">
          <label for="standing-status">Status</label>
          <select
            id="standing-status"
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as StandingOrderStatus | '');
              setPage(1);
            }}
          >
            <option value="">Any status</option>
            {Object.entries(STATUS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </search>
      {list.state === 'loading' && <Loading label="Loading standing orders…" />}
      {list.state === 'failed' && <ProblemNote problem={list.problem} onRetry={list.reload} />}
      {list.state === 'ready' && list.data.items.length === 0 && (
        <p class="muted">No standing orders{status ? ' in this status' : ' yet'}.</p>
      )}
      {list.state === 'ready' && list.data.items.length > 0 && (
        <div class="table-wrap">
          <table aria-label="Standing orders">
            <thead>
              <tr>
                <th scope="col">Customer</th>
                <th scope="col">Name</th>
                <th scope="col">Schedule</th>
                <th scope="col">Next run</th>
                <th scope="col">Created by</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((so) => (
                <tr key={so.id}>
                  <td>
                    {so.customerName ?? '—'}
                    <span class="muted block">{so.customerCode}</span>
                  </td>
                  <th scope="row">{so.name}</th>
                  <td>
                    {scheduleInWords(so.schedule)}
                    <span class="muted block">from {formatDay(so.startDate)}</span>
                  </td>
                  <td>{formatDay(so.nextRunDate)}</td>
                  <td>{so.createdByEmail}</td>
                  <td>
                    <span class="badge">{STATUS[so.status]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.data && (
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={list.data.total}
          label="Standing orders"
          onPage={setPage}
        />
      )}
      <StandingOrderReport storeId={store.id} />
    </section>
  );
}
