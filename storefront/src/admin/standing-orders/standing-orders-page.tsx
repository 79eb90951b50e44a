// Standing orders (R21): every customer's, filterable by status, each with its customer, name, schedule in words,
// next run and the contact who created it; and the quantities due per product over the next 3 months.
import { api } from '../../api/client.ts';
import type { StandingOrderStatus, Store } from '../../api/types.ts';
import { PageTitle } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { StatusFilterBar } from '../../ui/filter-fields.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { formatDay, scheduleInWords } from '../../ui/schedule-words.ts';
import { useLoad } from '../../ui/use-load.ts';
import { usePagedFilters } from '../../ui/use-paged-filters.ts';
import { StandingOrderReport } from './standing-order-report.tsx';

const PAGE_SIZE = 25;
const STATUS: Record<StandingOrderStatus, string> = {
  active: 'Active',
  paused: 'Paused',
  cancelled: 'Cancelled',
};

export function StandingOrdersPage({ store }: { store: Store }) {
  const paging = usePagedFilters<{ status: StandingOrderStatus | '' }>({ status: '' });
  const list = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/standing-orders', {
        params: { path: { storeId: store.id }, query: paging.query(PAGE_SIZE) },
      }),
    [store.id, paging.reloadKey],
  );
  return (
    <section class="stack">
      <PageTitle>Standing orders</PageTitle>
      {store.standingOrdersEnabled === false && (
        <p class="notice">Standing orders are switched off in the store settings: due runs are skipped.</p>
      )}
      <StatusFilterBar label="Standing orders" id="standing-status" choices={STATUS} paging={paging} />
      <PagedList
        loaded={list}
        loading="Loading standing orders…"
        empty={<p class="muted">No standing orders{paging.filters.status ? ' in this status' : ' yet'}.</p>}
        pager={{ label: 'Standing orders', page: paging.page, pageSize: PAGE_SIZE, onPage: paging.setPage }}
      >
        {(items) => (
          <DataTable
            label="Standing orders"
            columns={['Customer', 'Name', 'Schedule', 'Next run', 'Created by', 'Status']}
            rows={items}
            rowKey={(so) => so.id}
            cells={(so) => (
              <>
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
              </>
            )}
          />
        )}
      </PagedList>
      <StandingOrderReport storeId={store.id} />
    </section>
  );
}
