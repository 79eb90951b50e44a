// The products page (R3, R7): search and status filter, each product's store status with a one-click change,
// and a bulk status change on the selection or on every matching product; a plan limit is refused as a
// sentence and nothing changes. Catalogues and categories (R17) have their own pages.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { ProductStatus, Store, StoreProduct } from '../../api/types.ts';
import { PageTitle } from '../../ui/components.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { useFilteredPage } from '../../ui/use-filtered-page.ts';
import { updateItems } from '../../ui/use-load.ts';
import { type BulkState, ProductBulkBar } from './product-bulk-bar.tsx';
import { ProductFilterBar, type ProductFilters, toProductFilter } from './product-filters.tsx';
import { ProductTable } from './product-table.tsx';

const PAGE_SIZE = 50;

export function ProductsPage({ store }: { store: Store }) {
  const storeId = store.id;
  const [filters, setFilters] = useState<ProductFilters>({ search: '', status: '' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  // Every product matching the filters, on every page: the bulk change then goes by filter.
  const [allMatching, setAllMatching] = useState(false);
  const [bulk, setBulk] = useState<BulkState>({});
  const {
    loaded: products,
    filter,
    page,
    setPage,
    busy,
  } = useFilteredPage(toProductFilter(filters), [storeId], (filter, page) =>
    api.GET('/admin/stores/{storeId}/products', {
      params: { path: { storeId }, query: { ...filter, page, pageSize: PAGE_SIZE } },
    }),
  );

  const select = (guid: string, on: boolean) => {
    setAllMatching(false);
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(guid);
      else next.delete(guid);
      return next;
    });
  };
  const clearSelection = () => {
    setSelected(new Set());
    setAllMatching(false);
  };
  const setOne = (product: StoreProduct, status: ProductStatus) =>
    updateItems(products, (p) => (p.guid === product.guid ? { ...p, status } : p));
  const replace = (next: StoreProduct) => updateItems(products, (p) => (p.guid === next.guid ? next : p));
  const applyBulk = async (status: ProductStatus) => {
    setBulk({ busy: true });
    const { data, error } = await api.POST('/admin/stores/{storeId}/products/status', {
      params: { path: { storeId } },
      body: allMatching ? { status, filter } : { status, productGuids: [...selected] },
    });
    setBulk({ result: data, problem: error });
    if (data) {
      clearSelection();
      products.reload();
    }
  };

  return (
    <section class="stack">
      <PageTitle>Products</PageTitle>
      <p class="muted lead">
        Choose what buyers of {store.name} see: Hidden, Visible (shown, not orderable) or Sellable.
      </p>
      <ProductFilterBar
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
          setAllMatching(false);
        }}
      />
      <ProductBulkBar
        selectedCount={selected.size}
        allMatching={allMatching}
        total={products.data?.total}
        bulk={bulk}
        onSelectAll={() => setAllMatching(true)}
        onClear={clearSelection}
        onApply={applyBulk}
      />
      <PagedList
        loaded={products}
        loading="Loading products…"
        pager={{ label: 'Products', page, pageSize: PAGE_SIZE, onPage: setPage }}
      >
        {(items) => (
          <ProductTable
            busy={busy}
            products={items}
            storeId={storeId}
            isSelected={(guid) => allMatching || selected.has(guid)}
            onSelect={select}
            onChanged={setOne}
            onReplaced={replace}
          />
        )}
      </PagedList>

      <p class="muted">
        Each product's status above is what every customer gets (the Base catalogue). To give some customers
        other statuses, use <a href="#/admin/catalogues">Catalogues</a>; to group products your own way, use{' '}
        <a href="#/admin/categories">Categories</a>.
      </p>
    </section>
  );
}
