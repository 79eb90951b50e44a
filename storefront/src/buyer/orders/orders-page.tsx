// Order history (R19, R20): the customer's orders, newest first, paged, filtered by store status (with the
// store's own labels), the day placed and an order number, PO number (B7) or product. The filters live in the
// route, so Back from an order returns to the same list; a problem with a filter is shown at that filter.
import { api } from '../../api/client.ts';
import { fieldErrors } from '../../api/problem.ts';
import { href } from '../../router.ts';
import { SelectField } from '../../ui/choice-field.tsx';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { Pager } from '../../ui/pager.tsx';
import { PlacedDateFields } from '../../ui/placed-date-fields.tsx';
import { SearchForm } from '../../ui/search-form.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { setRouteQuery } from '../route-query.ts';
import { OrdersTable } from './orders-table.tsx';

const PAGE_SIZE = 20;
type Status = 'processing' | 'pending-approval' | 'confirmed' | 'coming-soon' | 'complete' | 'rejected';
const FILTERS = ['status', 'placedFrom', 'placedTo', 'search'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

export function OrdersPage({ query }: { query: URLSearchParams }) {
  const page = Math.max(1, Number(query.get('page')) || 1);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query.get(name) ?? ''])) as Filters;
  const statuses = useLoad(() => api.GET('/store/order-statuses'), []);
  const orders = useLoad(
    () =>
      api.GET('/store/orders', {
        params: {
          query: {
            page,
            pageSize: PAGE_SIZE,
            ...(filters.status ? { status: filters.status as Status } : {}),
            ...(filters.placedFrom ? { placedFrom: filters.placedFrom } : {}),
            ...(filters.placedTo ? { placedTo: filters.placedTo } : {}),
            ...(filters.search ? { search: filters.search } : {}),
          },
        },
      }),
    [page, ...FILTERS.map((name) => filters[name])],
  );
  const go = (changes: Partial<Filters>) =>
    setRouteQuery('/orders', { ...filters, ...changes, page: undefined });
  const errors = fieldErrors(orders.state === 'failed' ? orders.problem : undefined);
  const filtered = FILTERS.some((name) => filters[name]);

  return (
    <div class="stack">
      <PageTitle>Orders</PageTitle>
      <SearchForm
        formClass="catalogue-filters"
        id="orders-search"
        fieldLabel="Order number, PO number or product"
        initial={filters.search}
        onSearch={(search) => go({ search })}
      >
        <SelectField
          id="orders-status"
          label="Status"
          choices={[
            ['', 'All statuses'],
            ...(statuses.data?.items.map((s) => [s.status, s.label] as const) ?? []),
          ]}
          value={filters.status}
          onChoose={(status) => go({ status })}
        />
        <PlacedDateFields idPrefix="orders" dates={filters} errors={errors} onChange={go} />
      </SearchForm>
      {orders.state === 'loading' && <Loading label="Loading your orders…" />}
      {orders.state === 'failed' && <ProblemNote problem={orders.problem} onRetry={orders.reload} />}
      {orders.data?.total === 0 &&
        (filtered ? (
          <p>
            No orders match these filters.{' '}
            <button type="button" class="button secondary small" onClick={() => setRouteQuery('/orders', {})}>
              Clear filters
            </button>
          </p>
        ) : (
          <p>
            No orders yet. <a href={href('/catalogue')}>Browse the catalogue</a> to place one.
          </p>
        ))}
      {orders.data && orders.data.total > 0 && (
        <>
          <OrdersTable orders={orders.data.items} />
          <Pager
            label="Order"
            page={orders.data.page}
            pageSize={orders.data.pageSize}
            total={orders.data.total}
            onPage={(next) => setRouteQuery('/orders', { ...filters, page: next })}
          />
        </>
      )}
    </div>
  );
}
