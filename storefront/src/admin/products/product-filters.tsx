// The products page's search and status filter; the same filter drives the list and a bulk change on "all
// matching" products.
import type { ProductStatus } from '../../api/types.ts';
import { filterFields } from '../../ui/filter-fields.tsx';
import { PRODUCT_STATUS } from './product-status.tsx';

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
  const field = filterFields(filters, (changes) => onChange({ ...filters, ...changes }));
  return (
    <search class="filters" aria-label="Products">
      {field.search('search', { id: 'product-search', label: 'Search', placeholder: 'Code or description' })}
      {field.choice('status', {
        id: 'product-status',
        label: 'Status',
        any: 'Any status',
        choices: PRODUCT_STATUS,
      })}
    </search>
  );
}
