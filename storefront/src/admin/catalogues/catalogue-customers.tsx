// Who gets a custom catalogue (R17): the customers assigned to it, each with Unassign, and a search over the
// store's customers to assign more. A refusal (e.g. a customer no longer in the store) is said in the row.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Catalogue, Problem } from '../../api/types.ts';
import { Loading, ProblemNote } from '../../ui/components.tsx';
import { SearchField } from '../../ui/search-field.tsx';
import { useDebounced } from '../../ui/use-debounced.ts';
import { useLoad } from '../../ui/use-load.ts';

interface CustomerName {
  guid: string;
  code: string;
  name: string;
}

export function CatalogueCustomers(props: {
  storeId: string;
  catalogue: Catalogue;
  onChanged: (catalogue: Catalogue) => void;
}) {
  const { storeId, catalogue, onChanged } = props;
  const [search, setSearch] = useState('');
  const [problem, setProblem] = useState<{ guid: string; problem: Problem }>();
  const query = useDebounced(search.trim(), 250);
  const assignedKey = catalogue.customerGuids.join(',');
  // The catalogue names its customers by guid only: each one's name comes with its contacts' answer.
  const assigned = useLoad(async () => {
    const answers = await Promise.all(
      catalogue.customerGuids.map((customerGuid) =>
        api.GET('/admin/stores/{storeId}/customers/{customerGuid}/contacts', {
          params: { path: { storeId, customerGuid } },
        }),
      ),
    );
    const failed = answers.find((a) => a.error)?.error;
    if (failed) return { error: failed };
    return { data: answers.map((a) => a.data?.customer as CustomerName) };
  }, [storeId, assignedKey]);
  const found = useLoad(
    () =>
      query
        ? api.GET('/admin/stores/{storeId}/customers', {
            params: { path: { storeId }, query: { search: query, inStore: true, pageSize: 10 } },
          })
        : Promise.resolve({ data: { items: [], page: 1, pageSize: 10, total: 0 } }),
    [storeId, query],
  );

  const assign = async (customer: CustomerName, on: boolean) => {
    setProblem(undefined);
    const params = { path: { storeId, catalogueId: catalogue.id, customerGuid: customer.guid } };
    const { data, error } = on
      ? await api.PUT('/admin/stores/{storeId}/catalogues/{catalogueId}/customers/{customerGuid}', { params })
      : await api.DELETE('/admin/stores/{storeId}/catalogues/{catalogueId}/customers/{customerGuid}', {
          params,
        });
    if (error) setProblem({ guid: customer.guid, problem: error });
    else onChanged(data);
  };

  const row = (customer: CustomerName, isAssigned: boolean) => (
    <li key={customer.guid}>
      <span>
        {customer.name} <span class="muted">({customer.code})</span>
      </span>
      <button type="button" class="button secondary small" onClick={() => assign(customer, !isAssigned)}>
        {isAssigned ? 'Unassign' : 'Assign'}
        <span class="visually-hidden"> {customer.name}</span>
      </button>
      {problem?.guid === customer.guid && <ProblemNote problem={problem.problem} />}
    </li>
  );

  return (
    <section class="stack" aria-labelledby="catalogue-customers-title">
      <h3 id="catalogue-customers-title">Customers of {catalogue.name}</h3>
      {assigned.state === 'loading' && <Loading label="Loading the assigned customers…" />}
      {assigned.state === 'failed' && <ProblemNote problem={assigned.problem} onRetry={assigned.reload} />}
      {assigned.data &&
        (assigned.data.length === 0 ? (
          <p class="muted">No customer is assigned yet: find one below.</p>
        ) : (
          <ul class="plain-list" aria-label="Assigned customers">
            {assigned.data.map((c) => row(c, true))}
          </ul>
        ))}
      <SearchField
        id="catalogue-customer-search"
        label="Find customers to assign"
        placeholder="Code, name or contact email"
        value={search}
        onSearch={setSearch}
      />
      {found.state === 'failed' && <ProblemNote problem={found.problem} onRetry={found.reload} />}
      {query && found.data && (
        <ul class="plain-list" aria-label="Customers found">
          {found.data.items.length === 0 && <li class="muted">No customer in the store matches.</li>}
          {found.data.items.map((c) => row(c, catalogue.customerGuids.includes(c.guid)))}
        </ul>
      )}
    </section>
  );
}
