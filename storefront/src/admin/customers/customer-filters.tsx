// The customers page's search and filters (R11): text search, customer type, contact status and membership.
import type { CustomerContactFilter } from '../../api/types.ts';
import { filterFields } from '../../ui/filter-fields.tsx';

export interface CustomerFilters {
  search: string;
  customerType: string;
  contactStatus: CustomerContactFilter | '';
  inStore: '' | 'yes' | 'no';
}

const CONTACT_STATUS_CHOICES: Record<CustomerContactFilter, string> = {
  active: 'Has active contacts',
  pending: 'Has pending contacts',
  inactive: 'Has inactive contacts',
  none: 'No contacts added',
};
const IN_STORE_CHOICES = { yes: 'In the store', no: 'Not in the store' } as const;

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
  const field = filterFields(filters, (changes) => onChange({ ...filters, ...changes }));
  return (
    <search class="filters" aria-label="Customers">
      {field.search('search', {
        id: 'customer-search',
        label: 'Search',
        placeholder: 'Code, name or contact email',
      })}
      <div class="field">
        <label for="customer-type">Customer type</label>
        <input
          id="customer-type"
          list="customer-types"
          value={filters.customerType}
          onInput={(e) => onChange({ ...filters, customerType: e.currentTarget.value })}
        />
        <datalist id="customer-types">
          {types.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
      </div>
      {field.choice('contactStatus', {
        id: 'customer-contact-status',
        label: 'Contact status',
        any: 'Any',
        choices: CONTACT_STATUS_CHOICES,
      })}
      {field.choice('inStore', {
        id: 'customer-in-store',
        label: 'In the store',
        any: 'All customers',
        choices: IN_STORE_CHOICES,
      })}
    </search>
  );
}
