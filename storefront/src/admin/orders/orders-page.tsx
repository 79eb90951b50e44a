// The store's orders (R18, R18a): newest first as the gateway pages them, filtered and searched (order-filters.tsx;
// the search reaches PO numbers too, B7) and exported as CSV, each with its customer, its PO number, who placed it
// (R20), its status as the store labels it, whether it reached Unleashed (and its order number, or why not) and the
// total; "View" opens the order in full.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { fieldErrors } from '../../api/problem.ts';
import type { Store } from '../../api/types.ts';
import { setRouteQuery, splitRoute } from '../../buyer/route-query.ts';
import { useRoute } from '../../router.ts';
import { PageTitle } from '../../ui/components.tsx';
import { ACTIONS_COLUMN, DataTable } from '../../ui/data-table.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';
import { PagedList } from '../../ui/paged-list.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { ExportOrders } from './export-orders.tsx';
import { OrderDetail } from './order-detail.tsx';
import { ORDER_FILTERS, OrderFilters, type OrderFilterValues, orderQuery } from './order-filters.tsx';
import { IMPORT_STATE } from './order-labels.ts';

const PAGE_SIZE = 25;

export function OrdersPage({ store }: { store: Store }) {
  const { query } = splitRoute(useRoute());
  const page = Math.max(1, Number(query.get('page')) || 1);
  const filters = Object.fromEntries(
    ORDER_FILTERS.map((name) => [name, query.get(name) ?? '']),
  ) as OrderFilterValues;
  const [open, setOpen] = useState<string>();
  const orders = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/orders', {
        params: { path: { storeId: store.id }, query: { page, pageSize: PAGE_SIZE, ...orderQuery(filters) } },
      }),
    [store.id, page, ...ORDER_FILTERS.map((name) => filters[name])],
  );
  const go = (changes: Partial<OrderFilterValues> & { page?: number }) =>
    setRouteQuery('/admin/orders', { ...filters, page: undefined, ...changes });
  const filtered = ORDER_FILTERS.some((name) => filters[name]);
  const errors = fieldErrors(orders.state === 'failed' ? orders.problem : undefined);
  return (
    <section class="stack">
      <PageTitle>Orders</PageTitle>
      <OrderFilters store={store} filters={filters} errors={errors} onChange={go} />
      <ExportOrders storeId={store.id} filters={filters} />
      <PagedList
        loaded={orders}
        loading="Loading orders…"
        empty={
          <p class="muted">
            {filtered
              ? 'No orders match these filters.'
              : `No orders yet. Orders buyers place in ${store.name} show here.`}
          </p>
        }
        pager={{ label: 'Orders', page, pageSize: PAGE_SIZE, onPage: (next) => go({ page: next }) }}
      >
        {(items) => (
          <DataTable
            columns={[
              'Placed',
              'Customer',
              'PO number',
              'Placed by',
              'Status',
              'Unleashed',
              { heading: 'Total', num: true },
              ACTIONS_COLUMN,
            ]}
            rows={items}
            rowKey={(order) => order.id}
            cells={(order) => (
              <>
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
                    <span class="visually-hidden"> order of {order.customerName ?? order.customerCode}</span>
                  </button>
                </td>
              </>
            )}
          />
        )}
      </PagedList>
      {open && <OrderDetail storeId={store.id} orderId={open} onClose={() => setOpen(undefined)} />}
    </section>
  );
}
