// The store's orders (R18, R18a): newest first as the gateway pages them, filterable by status and searchable
// (order number, PO number or product: B7), each with its customer, its PO number, who placed it (R20), its
// status as the store labels it, whether it reached Unleashed (and its order number, or why not) and the
// total; "View" opens the order in full.
import { useState } from 'preact/hooks';
import type { OrderStatus } from '../../api/admin-types.ts';
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';
import { Pager } from '../../ui/pager.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { OrderDetail } from './order-detail.tsx';
import { IMPORT_STATE, ORDER_STATUSES } from './order-labels.ts';

const PAGE_SIZE = 25;

export function OrdersPage({ store }: { store: Store }) {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [open, setOpen] = useState<string>();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const orders = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/orders', {
        params: {
          path: { storeId: store.id },
          query: { page, pageSize: PAGE_SIZE, ...(status ? { status } : {}), ...(search ? { search } : {}) },
        },
      }),
    [store.id, page, status, search],
  );
  return (
    <section class="stack">
      <PageTitle>Orders</PageTitle>
      <search class="filters" aria-label="Orders">
        <form
          class="field"
          onSubmit={(event) => {
            event.preventDefault();
            setSearch(typed.trim());
            setPage(1);
          }}
        >
          <label for="order-search">Order number, PO number or product</label>
          <input
            id="order-search"
            type="search"
            maxLength={100}
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </form>
        <div class="field">
          <label for="order-status">Status</label>
          <select
            id="order-status"
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as OrderStatus | '');
              setPage(1);
            }}
          >
            <option value="">Any status</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {store.orderStatuses[s].label}
              </option>
            ))}
          </select>
        </div>
      </search>
      {orders.state === 'loading' && <Loading label="Loading orders…" />}
      {orders.state === 'failed' && <ProblemNote problem={orders.problem} onRetry={orders.reload} />}
      {orders.state === 'ready' && orders.data.items.length === 0 && (
        <p class="muted">
          {status || search
            ? `No orders ${search ? 'match this search' : 'in this status'}.`
            : `No orders yet. Orders buyers place in ${store.name} show here.`}
        </p>
      )}
      {orders.state === 'ready' && orders.data.items.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Placed</th>
                <th scope="col">Customer</th>
                <th scope="col">PO number</th>
                <th scope="col">Placed by</th>
                <th scope="col">Status</th>
                <th scope="col">Unleashed</th>
                <th scope="col" class="num">
                  Total
                </th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.data.items.map((order) => (
                <tr key={order.id}>
                  <td>{formatDateTime(order.createdAt)}</td>
                  <th scope="row">
                    {order.customerName ?? '—'}
                    <span class="muted block">{order.customerCode}</span>
                  </th>
                  <td>{order.purchaseOrderRef ?? ''}</td>
                  <td>{order.placedByEmail}</td>
                  <td>
                    <span class="badge">{order.statusLabel}</span>
                  </td>
                  <td>
                    {order.unleashedOrderNumber ?? IMPORT_STATE[order.importState]}
                    {order.importError && <span class="error-text block">{order.importError}</span>}
                  </td>
                  <td class="num">{formatMoney(order.total)}</td>
                  <td>
                    <button type="button" class="button secondary small" onClick={() => setOpen(order.id)}>
                      View
                      <span class="visually-hidden">
                        {' '}
                        order of {order.customerName ?? order.customerCode}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {orders.data && (
        <Pager page={page} pageSize={PAGE_SIZE} total={orders.data.total} label="Orders" onPage={setPage} />
      )}
      {open && <OrderDetail storeId={store.id} orderId={open} onClose={() => setOpen(undefined)} />}
    </section>
  );
}
