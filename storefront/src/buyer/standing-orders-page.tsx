// Standing orders (R21): every standing order of the customer, whoever made it: its status, next run, schedule
// in words and who created it; each links to its page.
import type { StandingOrder } from '../api/buyer-types.ts';
import { api } from '../api/client.ts';
import { href } from '../router.ts';
import { Loading, PageTitle, ProblemNote } from '../ui/components.tsx';
import { useLoad } from '../ui/use-load.ts';
import { useBuyer } from './buyer-context.ts';
import { formatDate, scheduleInWords } from './schedule.ts';

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
      {list.state === 'loading' && <Loading label="Loading your standing orders…" />}
      {list.state === 'failed' && <ProblemNote problem={list.problem} onRetry={list.reload} />}
      {list.data?.items.length === 0 && <p>No standing orders yet.</p>}
      {list.data && list.data.items.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Next order</th>
                <th scope="col">Schedule</th>
                <th scope="col">Created by</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((order) => (
                <tr key={order.id}>
                  <th scope="row">
                    <a href={href(`/standing-orders/${encodeURIComponent(order.id)}`)}>{order.name}</a>
                  </th>
                  <td>
                    <StandingStatusBadge order={order} />
                  </td>
                  <td>{formatDate(order.nextRunDate)}</td>
                  <td>{scheduleInWords(order.schedule)}</td>
                  <td>{order.createdByEmail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
