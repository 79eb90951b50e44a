// Order history (R19, R20): the customer's orders, newest first, paged. The gateway offers no filters yet.
import { api } from '../api/client.ts';
import { href } from '../router.ts';
import { Loading, PageTitle, ProblemNote } from '../ui/components.tsx';
import { Pager } from '../ui/pager.tsx';
import { useLoad } from '../ui/use-load.ts';
import { OrdersTable } from './orders-table.tsx';
import { setRouteQuery } from './route-query.ts';

const PAGE_SIZE = 20;

export function OrdersPage({ query }: { query: URLSearchParams }) {
  const page = Math.max(1, Number(query.get('page')) || 1);
  const orders = useLoad(
    () => api.GET('/store/orders', { params: { query: { page, pageSize: PAGE_SIZE } } }),
    [page],
  );
  return (
    <div class="stack">
      <PageTitle>Orders</PageTitle>
      {orders.state === 'loading' && <Loading label="Loading your orders…" />}
      {orders.state === 'failed' && <ProblemNote problem={orders.problem} onRetry={orders.reload} />}
      {orders.data?.total === 0 && (
        <p>
          No orders yet. <a href={href('/catalogue')}>Browse the catalogue</a> to place one.
        </p>
      )}
      {orders.data && orders.data.total > 0 && (
        <>
          <OrdersTable orders={orders.data.items} />
          <Pager
            label="Order"
            page={orders.data.page}
            pageSize={orders.data.pageSize}
            total={orders.data.total}
            onPage={(next) => setRouteQuery('/orders', { page: next })}
          />
        </>
      )}
    </div>
  );
}
