// The customers page (R11–R16): search and filters, each customer with its contact pills and in-store switch,
// a bulk action on the selected customers with one result per customer, and the manage-contacts panel.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { BulkInviteResult, ContactStatus, Problem, Store, StoreCustomer } from '../../api/types.ts';
import { PageTitle, ProblemNote } from '../../ui/components.tsx';
import { TableHead } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { useFilteredPage } from '../../ui/use-filtered-page.ts';
import { updateItems, useLoad } from '../../ui/use-load.ts';
import { PricePanel } from '../prices/price-panel.tsx';
import { BulkMenu } from './bulk-menu.tsx';
import { BulkResults } from './bulk-results.tsx';
import { ContactsPanel } from './contacts-panel.tsx';
import { CustomerFilterBar, type CustomerFilters, NO_FILTERS, toQuery } from './customer-filters.tsx';
import { CustomerRow } from './customer-row.tsx';

const PAGE_SIZE = 25;

export function CustomersPage({ store }: { store: Store }) {
  const storeId = store.id;
  const [filters, setFilters] = useState<CustomerFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [panel, setPanel] = useState<{ customer: StoreCustomer; status?: ContactStatus }>();
  const [pricing, setPricing] = useState<StoreCustomer>();
  const [bulk, setBulk] = useState<{
    results?: BulkInviteResult[];
    names?: Record<string, string>;
    problem?: Problem;
    busy?: boolean;
  }>({});
  const {
    loaded: customers,
    page,
    setPage,
    busy,
  } = useFilteredPage(toQuery(filters), [storeId], (query, page) =>
    api.GET('/admin/stores/{storeId}/customers', {
      params: { path: { storeId }, query: { ...query, page, pageSize: PAGE_SIZE } },
    }),
  );

  const changeFilters = (next: CustomerFilters) => {
    setFilters(next);
    setPage(1);
  };
  const select = (customer: StoreCustomer, on: boolean) =>
    setSelected((previous) => {
      const next = new Map(previous);
      if (on) next.set(customer.guid, customer.name);
      else next.delete(customer.guid);
      return next;
    });
  const replace = (customer: StoreCustomer) =>
    updateItems(customers, (c) => (c.guid === customer.guid ? customer : c));

  const invitePrimaryContacts = async () => {
    setBulk({ busy: true });
    const names = Object.fromEntries(selected);
    const { data, error } = await api.POST('/admin/stores/{storeId}/invitations/primary-contacts', {
      params: { path: { storeId } },
      body: { customerGuids: [...selected.keys()] },
    });
    setBulk({ results: data?.items, names, problem: error });
    if (data) customers.reload();
  };

  const items = customers.data?.items ?? [];
  const customerTypes = useLoad(
    () => api.GET('/admin/stores/{storeId}/customer-types', { params: { path: { storeId } } }),
    [storeId],
  );
  const types = customerTypes.data?.items ?? [];
  return (
    <section class="stack">
      <PageTitle>Customers</PageTitle>
      <p class="muted lead">
        Choose which Unleashed customers are in {store.name} and invite their contacts to order.
      </p>
      <CustomerFilterBar filters={filters} types={types} onChange={changeFilters} />

      <fieldset class="bulk-bar" aria-label="Bulk actions">
        <span>{selected.size} selected</span>
        <BulkMenu
          disabled={selected.size === 0 || bulk.busy === true}
          busy={bulk.busy === true}
          onInvitePrimary={invitePrimaryContacts}
        />
        {selected.size > 0 && (
          <button type="button" class="button secondary small" onClick={() => setSelected(new Map())}>
            Clear selection
          </button>
        )}
      </fieldset>
      {bulk.problem && <ProblemNote problem={bulk.problem} />}
      {bulk.results && <BulkResults results={bulk.results} names={bulk.names ?? {}} />}

      <PagedList
        loaded={customers}
        loading="Loading customers…"
        empty={<p class="muted">No customers match. Run a sync, or change the search and filters.</p>}
        pager={{ label: 'Customers', page, pageSize: PAGE_SIZE, onPage: setPage }}
      >
        {() => (
          <div class="table-wrap" aria-busy={busy} inert={busy}>
            <table class="customers">
              <TableHead
                columns={[
                  {
                    heading: (
                      <input
                        type="checkbox"
                        aria-label="Select all customers on this page"
                        checked={items.every((c) => selected.has(c.guid))}
                        onChange={(e) => {
                          const on = e.currentTarget.checked;
                          for (const customer of items) select(customer, on);
                        }}
                      />
                    ),
                  },
                  'Customer',
                  'Type',
                  'Contacts',
                  'Store',
                  'Actions',
                ]}
              />
              <tbody>
                {items.map((customer) => (
                  <CustomerRow
                    key={customer.guid}
                    customer={customer}
                    storeId={storeId}
                    selected={selected.has(customer.guid)}
                    onSelect={(on) => select(customer, on)}
                    onUpdated={replace}
                    onOpenContacts={(status) => setPanel({ customer, status })}
                    onInvited={customers.reload}
                    onExplainPrice={() => setPricing(customer)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedList>

      {panel && (
        <ContactsPanel
          storeId={storeId}
          customerGuid={panel.customer.guid}
          customerName={panel.customer.name}
          initialStatus={panel.status}
          onChanged={customers.reload}
          onClose={() => setPanel(undefined)}
        />
      )}
      {pricing && (
        <PricePanel
          storeId={storeId}
          customerGuid={pricing.guid}
          customerName={pricing.name}
          onClose={() => setPricing(undefined)}
        />
      )}
    </section>
  );
}
