// The products page (R3, R7): search and status filter, each product's store status with a one-click change,
// and a bulk status change on the selection; a plan limit is refused as a sentence and nothing changes.
import { useState } from 'preact/hooks';
import type { ProductStatus, ProductStatusResult, StoreProduct } from '../../api/admin-types.ts';
import { api } from '../../api/client.ts';
import type { Problem, Store } from '../../api/types.ts';
import { Loading, Notice, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { formatNumber } from '../../ui/format.ts';
import { Pager } from '../../ui/pager.tsx';
import { useDebounced } from '../../ui/use-debounced.ts';
import { useLoad } from '../../ui/use-load.ts';
import { ProductRow } from './product-row.tsx';
import { PRODUCT_STATUS, PRODUCT_STATUSES } from './product-status.tsx';

const PAGE_SIZE = 50;

export function ProductsPage({ store }: { store: Store }) {
  const storeId = store.id;
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<ProductStatus | ''>('');
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulk, setBulk] = useState<{ result?: ProductStatusResult; problem?: Problem; busy?: boolean }>({});
  const settledSearch = useDebounced(search.trim(), 250);
  const products = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/products', {
        params: {
          path: { storeId },
          query: {
            page,
            pageSize: PAGE_SIZE,
            ...(settledSearch ? { search: settledSearch } : {}),
            ...(status ? { status } : {}),
          },
        },
      }),
    [storeId, settledSearch, status, page],
  );

  const select = (guid: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(guid);
      else next.delete(guid);
      return next;
    });
  const setOne = (product: StoreProduct, next: ProductStatus) => {
    if (!products.data) return;
    const items = products.data.items.map((p) => (p.guid === product.guid ? { ...p, status: next } : p));
    products.set({ ...products.data, items });
  };
  const applyBulk = async (next: ProductStatus) => {
    setBulk({ busy: true });
    const { data, error } = await api.POST('/admin/stores/{storeId}/products/status', {
      params: { path: { storeId } },
      body: { status: next, productGuids: [...selected] },
    });
    setBulk({ result: data, problem: error });
    if (data) {
      setSelected(new Set());
      products.reload();
    }
  };

  return (
    <section class="stack">
      <PageTitle>Products</PageTitle>
      <p class="muted lead">
        Choose what buyers of {store.name} see: Hidden, Visible (shown, not orderable) or Sellable.
      </p>
      <search class="filters" aria-label="Products">
        <div class="field">
          <label for="product-search">Search</label>
          <input
            id="product-search"
            type="search"
            placeholder="Code or description"
            value={search}
            onInput={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
          />
        </div>
        <div class="field">
          <label for="product-status">Status</label>
          <select
            id="product-status"
            value={status}
            onChange={(e) => {
              setStatus(e.currentTarget.value as ProductStatus | '');
              setPage(1);
            }}
          >
            <option value="">Any status</option>
            {PRODUCT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PRODUCT_STATUS[s]}
              </option>
            ))}
          </select>
        </div>
      </search>

      <fieldset class="bulk-bar" aria-label="Bulk status change">
        <span>{selected.size} selected</span>
        {PRODUCT_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            class="button secondary small"
            disabled={selected.size === 0 || bulk.busy === true}
            onClick={() => applyBulk(s)}
          >
            Make {PRODUCT_STATUS[s]}
          </button>
        ))}
      </fieldset>
      {bulk.problem && <ProblemNote problem={bulk.problem} />}
      {bulk.result && (
        <Notice>
          {formatNumber(bulk.result.changed)} products made {PRODUCT_STATUS[bulk.result.status]}
          {bulk.result.unchanged > 0 && ` (${formatNumber(bulk.result.unchanged)} already were)`}.{' '}
          {formatNumber(bulk.result.listed)}
          {bulk.result.limit !== null && ` of ${formatNumber(bulk.result.limit)}`} products are now shown to
          buyers.
        </Notice>
      )}

      {products.state === 'loading' && <Loading label="Loading products…" />}
      {products.state === 'failed' && <ProblemNote problem={products.problem} onRetry={products.reload} />}
      {products.state === 'ready' && products.data.items.length === 0 && (
        <p class="muted">No products match. Run a sync, or change the search and filter.</p>
      )}
      {products.state === 'ready' && products.data.items.length > 0 && (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">
                  <span class="visually-hidden">Selected</span>
                </th>
                <th scope="col">Code</th>
                <th scope="col">Description</th>
                <th scope="col" class="num">
                  Available
                </th>
                <th scope="col">Store status</th>
              </tr>
            </thead>
            <tbody>
              {products.data.items.map((product) => (
                <ProductRow
                  key={product.guid}
                  product={product}
                  storeId={storeId}
                  selected={selected.has(product.guid)}
                  onSelect={(on) => select(product.guid, on)}
                  onChanged={(next) => setOne(product, next)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {products.data && (
        <Pager
          page={page}
          pageSize={PAGE_SIZE}
          total={products.data.total}
          label="Products"
          onPage={setPage}
        />
      )}

      <section class="card" aria-labelledby="catalogues-title">
        <h2 id="catalogues-title">Catalogues and categories</h2>
        <p class="muted">
          Custom catalogues (R17) and categories will be managed here. Until then every product's status above
          is what every customer gets.
        </p>
      </section>
    </section>
  );
}
