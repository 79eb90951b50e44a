// The products page's search and status filter; the same filter drives the list and a bulk change on "all
// matching" products.
import type { ProductStatus } from '../../api/admin-types.ts';
import { PRODUCT_STATUS, PRODUCT_STATUSES } from './product-status.tsx';

export interface ProductFilters {
  search: string;
  status: ProductStatus | '';
}

/** The filters as the API takes them (empty ones left out). */
export function toProductFilter(filters: ProductFilters): { search?: string; status?: ProductStatus } {
  const search = filters.search.trim();
  return { ...(search ? { search } : {}), ...(filters.status ? { status: filters.status } : {}) };
}

export function ProductFilterBar(props: {
  filters: ProductFilters;
  onChange: (filters: ProductFilters) => void;
}) {
  const { filters, onChange } = props;
  return (
    <search class="filters" aria-label="Products">
      <div class="field">
        <label for="product-search">Search</label>
        <input
          id="product-search"
          type="search"
          placeholder="Code or description"
          value={filters.search}
          onInput={(e) => onChange({ ...filters, search: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="product-status">Status</label>
        <select
          id="product-status"
          value={filters.status}
          onChange={(e) => onChange({ ...filters, status: e.currentTarget.value as ProductStatus | '' })}
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
  );
}
