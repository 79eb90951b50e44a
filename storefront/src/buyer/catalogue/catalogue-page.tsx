// The catalogue (R17a, R17b, B1): search by code or description, filter by category, grid or list, paged; each
// product with the buyer's price and stock band, and when the stock figures were last synced. The search,
// category, page and view live in the route, so Back from a product returns to the same list.
import { api } from '../../api/client.ts';
import { SelectField } from '../../ui/choice-field.tsx';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { Pager } from '../../ui/pager.tsx';
import { SearchForm } from '../../ui/search-form.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { setRouteQuery } from '../route-query.ts';
import { ProductCard } from './product-card.tsx';

const PAGE_SIZE = 24;

export function CataloguePage({ query }: { query: URLSearchParams }) {
  const search = query.get('search') ?? '';
  const category = query.get('category') ?? '';
  const page = Math.max(1, Number(query.get('page')) || 1);
  const view = query.get('view') === 'list' ? 'list' : 'grid';

  const categories = useLoad(() => api.GET('/store/categories'), []);
  const products = useLoad(
    () =>
      api.GET('/store/products', {
        params: {
          query: {
            page,
            pageSize: PAGE_SIZE,
            ...(search ? { search } : {}),
            ...(category ? { category } : {}),
          },
        },
      }),
    [search, category, page],
  );
  const go = (changes: { search?: string; category?: string; page?: number; view?: string }) =>
    setRouteQuery('/catalogue', {
      search,
      category,
      page: page > 1 ? page : undefined,
      view: view === 'list' ? 'list' : undefined,
      ...changes,
    });

  return (
    <div class="stack">
      <PageTitle>Catalogue</PageTitle>
      <SearchForm
        formClass="catalogue-filters"
        id="catalogue-search"
        fieldLabel="Search by code or description"
        initial={search}
        onSearch={(next: string) => go({ search: next, page: undefined })}
      >
        <SelectField
          id="catalogue-category"
          label="Category"
          choices={[
            ['', 'All categories'],
            ...(categories.data?.items.map((name) => [name, name] as const) ?? []),
          ]}
          value={category}
          disabled={categories.state !== 'ready'}
          onChoose={(next) => go({ category: next, page: undefined })}
        />
        <fieldset class="view-toggle">
          <legend class="visually-hidden">Show products as</legend>
          {(['grid', 'list'] as const).map((option) => (
            <button
              key={option}
              type="button"
              class="button secondary small"
              aria-pressed={view === option}
              onClick={() => go({ view: option === 'list' ? 'list' : undefined })}
            >
              {option === 'grid' ? 'Grid' : 'List'}
            </button>
          ))}
        </fieldset>
      </SearchForm>
      {categories.state === 'failed' && (
        <ProblemNote problem={categories.problem} onRetry={categories.reload} />
      )}
      {products.state === 'loading' && <Loading label="Loading products…" />}
      {products.state === 'failed' && <ProblemNote problem={products.problem} onRetry={products.reload} />}
      {products.data && (
        <>
          <div class="catalogue-summary">
            <p role="status">
              {products.data.total === 0
                ? 'No products match. Try another search or category.'
                : `${formatNumber(products.data.total)} ${products.data.total === 1 ? 'product' : 'products'}`}
            </p>
            <p class="muted">Stock as of {formatDateTime(products.data.stockSyncedAt)}</p>
          </div>
          <ul class={`product-${view}`}>
            {products.data.items.map((product) => (
              <ProductCard key={product.guid} product={product} view={view} />
            ))}
          </ul>
          <Pager
            label="Catalogue"
            page={products.data.page}
            pageSize={products.data.pageSize}
            total={products.data.total}
            onPage={(next) => go({ page: next })}
          />
        </>
      )}
    </div>
  );
}
