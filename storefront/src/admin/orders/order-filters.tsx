// The admin's order filters (issue 16 item 8): a search over order number, customer, contact and product, the
// store status, the import state and the days placed. They live in the route (`#/admin/orders?search=…`), so the
// dashboard links to a filtered list and Back returns to it; a refused filter shows at its field.
import type { OrderStatus, Store, StoreOrder } from '../../api/types.ts';
import { SelectField } from '../../ui/choice-field.tsx';
import { PlacedDateFields } from '../../ui/placed-date-fields.tsx';
import { SearchForm } from '../../ui/search-form.tsx';
import { IMPORT_STATE, ORDER_STATUS, ORDER_STATUSES } from './order-labels.ts';

export const ORDER_FILTERS = ['search', 'status', 'importState', 'placedFrom', 'placedTo'] as const;
export type OrderFilterValues = Record<(typeof ORDER_FILTERS)[number], string>;

/** The filters in the query the gateway takes (empty ones left out). */
export function orderQuery(filters: OrderFilterValues) {
  return {
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.status ? { status: filters.status as OrderStatus } : {}),
    ...(filters.importState ? { importState: filters.importState as StoreOrder['importState'] } : {}),
    ...(filters.placedFrom ? { placedFrom: filters.placedFrom } : {}),
    ...(filters.placedTo ? { placedTo: filters.placedTo } : {}),
  };
}

export function OrderFilters(props: {
  store: Store;
  filters: OrderFilterValues;
  errors: Record<string, string | undefined>;
  onChange: (changes: Partial<OrderFilterValues>) => void;
}) {
  const { store, filters, errors, onChange } = props;
  return (
    <SearchForm
      label="Orders"
      formClass="filters"
      id="order-search"
      fieldLabel="Order number, PO number, customer, contact or product"
      initial={filters.search}
      maxLength={100}
      error={errors.search}
      onSearch={(search) => onChange({ search })}
    >
      <SelectField
        id="order-status"
        label="Status"
        choices={[
          ['', 'Any status'],
          ...ORDER_STATUSES.map(
            (s) => [s, s === 'awaiting-approval' ? ORDER_STATUS[s] : store.orderStatuses[s].label] as const,
          ),
        ]}
        value={filters.status}
        onChoose={(status) => onChange({ status })}
      />
      <SelectField
        id="order-import"
        label="Unleashed"
        choices={[['', 'Any'], ...Object.entries(IMPORT_STATE)]}
        value={filters.importState}
        onChoose={(importState) => onChange({ importState })}
      />
      <PlacedDateFields idPrefix="order" dates={filters} errors={errors} onChange={onChange} />
    </SearchForm>
  );
}
