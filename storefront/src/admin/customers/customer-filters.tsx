// The customers page's search and filters (R11): text search, customer type, contact status and membership.
import type { CustomerContactFilter } from '../../api/admin-types.ts';

export interface CustomerFilters {
  search: string;
  customerType: string;
  contactStatus: CustomerContactFilter | '';
  inStore: '' | 'yes' | 'no';
}

export const NO_FILTERS: CustomerFilters = { search: '', customerType: '', contactStatus: '', inStore: '' };

/** The filters as the list endpoint's query (empty ones left out). */
export function toQuery(filters: CustomerFilters) {
  return {
    ...(filters.search.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.customerType.trim() ? { customerType: filters.customerType.trim() } : {}),
    ...(filters.contactStatus ? { contactStatus: filters.contactStatus } : {}),
    ...(filters.inStore ? { inStore: filters.inStore === 'yes' } : {}),
  };
}

export function CustomerFilterBar(props: {
  filters: CustomerFilters;
  types: string[];
  onChange: (filters: CustomerFilters) => void;
}) {
  const { filters, types, onChange } = props;
  const set = <K extends keyof CustomerFilters>(key: K, value: CustomerFilters[K]) =>
    onChange({ ...filters, [key]: value });
  return (
    <search class="filters" aria-label="Customers">
      <div class="field">
        <label for="customer-search">Search</label>
        <input
          id="customer-search"
          type="search"
          placeholder="Code, name or contact email"
          value={filters.search}
          onInput={(e) => set('search', e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for="customer-type">Customer type</label>
        <input
          id="customer-type"
          list="customer-types"
          value={filters.customerType}
          onInput={(e) => set('customerType', e.currentTarget.value)}
        />
        <datalist id="customer-types">
          {types.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label for="customer-contact-status">Contact status</label>
        <select
          id="customer-contact-status"
          value={filters.contactStatus}
          onChange={(e) => set('contactStatus', e.currentTarget.value as CustomerFilters['contactStatus'])}
        >
          <option value="">Any</option>
          <option value="active">Has active contacts</option>
          <option value="pending">Has pending contacts</option>
          <option value="inactive">Has inactive contacts</option>
          <option value="none">No contacts added</option>
        </select>
      </div>
      <div class="field">
        <label for="customer-in-store">In the store</label>
        <select
          id="customer-in-store"
          value={filters.inStore}
          onChange={(e) => set('inStore', e.currentTarget.value as CustomerFilters['inStore'])}
        >
          <option value="">All customers</option>
          <option value="yes">In the store</option>
          <option value="no">Not in the store</option>
        </select>
      </div>
    </search>
  );
}
