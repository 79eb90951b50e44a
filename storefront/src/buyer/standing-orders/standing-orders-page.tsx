// Standing orders (R21): every standing order of the customer, whoever made it: its status, next run, schedule
// in words and who created it; each links to its page.
import { api } from '../../api/client.ts';
import type { StandingOrder } from '../../api/types.ts';
import { href } from '../../router.ts';
import { PageTitle } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { LoadView } from '../../ui/load-view.tsx';
import { formatDay, scheduleInWords } from '../../ui/schedule-words.ts';
import { useLoad } from '../../ui/use-load.ts';
import { useBuyer } from '../buyer-context.ts';

export const STANDING_STATUS = { active: 'Active', paused: 'Paused', cancelled: 'Cancelled' } as const;

export function StandingStatusBadge({ order }: { order: Pick<StandingOrder, 'status'> }) {
  return <span class={`badge standing-${order.status}`}>{STANDING_STATUS[order.status]}</span>;
}

export function StandingOrdersPage() {
  const { buyer } = useBuyer();
  const list = useLoad(() => api.GET('/store/standing-orders'), []);
  return (
    <div class="stack">
      <PageTitle>Standing orders</PageTitle>
      {buyer.store.standingOrdersEnabled ? (
        <p>
          A standing order places the same order on a schedule. To make one, fill your cart and choose{' '}
          <a href={href('/standing-orders/new')}>Save as standing order</a>.
        </p>
      ) : (
        <p class="notice" role="status">
          {buyer.store.name} has turned standing orders off: no new ones can be made, and the ones below do
          not place orders until it turns them back on.
        </p>
      )}
      <LoadView
        loaded={list}
        loading="Loading your standing orders…"
        isEmpty={(data) => data.items.length === 0}
        empty={<p>No standing orders yet.</p>}
      >
        {(data) => (
          <DataTable
            columns={['Name', 'Status', 'Next order', 'Schedule', 'Created by']}
            rows={data.items}
            rowKey={(order) => order.id}
            cells={(order) => (
              <>
                <th scope="row">
                  <a href={href(`/standing-orders/${encodeURIComponent(order.id)}`)}>{order.name}</a>
                </th>
                <td>
                  <StandingStatusBadge order={order} />
                </td>
                <td>{formatDay(order.nextRunDate)}</td>
                <td>{scheduleInWords(order.schedule)}</td>
                <td>{order.createdByEmail}</td>
              </>
            )}
          />
        )}
      </LoadView>
    </div>
  );
}
