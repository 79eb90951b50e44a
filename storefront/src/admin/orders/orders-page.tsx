// The store's orders (R18, R18a): newest first as the gateway pages them, with their store status, whether they
// reached Unleashed (and its order number, or why not), who placed them (R20) and the total.
import { useState } from 'preact/hooks';
import type { StoreOrder } from '../../api/admin-types.ts';
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Pager } from '../../ui/pager.tsx';
import { useLoad } from '../../ui/use-load.ts';

const PAGE_SIZE = 25;
const STATUS: Record<StoreOrder['status'], string> = {
  processing: 'Processing',
  'pending-approval': 'Pending Approval',
  confirmed: 'Confirmed',
  'coming-soon': 'Coming Soon',
  complete: 'Complete',
  rejected: 'Rejected',
};
const IMPORT: Record<StoreOrder['importState'], string> = {
  queued: 'Waiting to be sent',
  imported: 'In Unleashed',
  failed: 'Not sent',
};
const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function OrdersPage({ store }: { store: Store }) {
  const [page, setPage] = useState(1);
  const orders = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/orders', {
        params: { path: { storeId: store.id }, query: { page, pageSize: PAGE_SIZE } },
      }),
    [store.id, page],
  );
  return (
    <section class="stack">
      <PageTitle>Orders</PageTitle>
      {orders.state === 'loading' && <Loading label="Loading orders…" />}
      {orders.state === 'failed' && <ProblemNote problem={orders.problem} onRetry={orders.reload} />}
      {orders.state === 'ready' && orders.data.items.length === 0 && (
        <p class="muted">No orders yet. Orders buyers place in {store.name} show here.</p>
      )}
      {orders.state === 'ready' && orders.data.items.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Placed</th>
                <th scope="col">Placed by</th>
                <th scope="col">Status</th>
                <th scope="col">Unleashed</th>
                <th scope="col" class="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.data.items.map((order) => (
                <tr key={order.id}>
                  <td>{formatDateTime(order.createdAt)}</td>
                  <td>{order.placedByEmail}</td>
                  <td>
                    <span class="badge">{STATUS[order.status]}</span>
                  </td>
                  <td>
                    {order.unleashedOrderNumber ?? IMPORT[order.importState]}
                    {order.importError && <span class="error-text block">{order.importError}</span>}
                  </td>
                  <td class="num">{money.format(order.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {orders.data && (
        <Pager page={page} pageSize={PAGE_SIZE} total={orders.data.total} label="Orders" onPage={setPage} />
      )}
    </section>
  );
}
