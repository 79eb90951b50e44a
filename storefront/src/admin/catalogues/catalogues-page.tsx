// Catalogues (R17): the Base catalogue first (fixed), then the custom ones, each opened to set its products'
// statuses and its customers. Creating or renaming to a name already used is said at the name field.
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { PageTitle } from '../../ui/components.tsx';
import { CreateByName } from '../../ui/create-by-name.tsx';
import { LoadView } from '../../ui/load-view.tsx';
import { useNamedList } from '../../ui/use-named-list.ts';
import { CatalogueCustomers } from './catalogue-customers.tsx';
import { CatalogueProducts } from './catalogue-products.tsx';
import { CatalogueRow } from './catalogue-row.tsx';

export function CataloguesPage({ store }: { store: Store }) {
  const storeId = store.id;
  const catalogues = useNamedList(
    () => api.GET('/admin/stores/{storeId}/catalogues', { params: { path: { storeId } } }),
    (name) =>
      api.POST('/admin/stores/{storeId}/catalogues', { params: { path: { storeId } }, body: { name } }),
    [storeId],
  );
  const open = catalogues.items.find((c) => c.id === catalogues.openId && !c.base);

  return (
    <section class="stack">
      <PageTitle>Catalogues</PageTitle>
      <p class="muted lead">
        A custom catalogue shows its products with their own status to the customers assigned to it. Buyers
        never see catalogue names.
      </p>
      <CreateByName
        id="catalogue-name"
        label="New catalogue name"
        submitLabel="Create catalogue"
        formClass="card form inline-create"
        onCreate={catalogues.create}
      />
      <LoadView loaded={catalogues.list} loading="Loading catalogues…">
        {() => (
          <div class="table-wrap">
            <table aria-label="Catalogues">
              <thead>
                <tr>
                  <th scope="col">Catalogue</th>
                  <th scope="col" class="num">
                    Products
                  </th>
                  <th scope="col" class="num">
                    Customers
                  </th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {catalogues.items.map((catalogue) => (
                  <CatalogueRow
                    key={catalogue.id}
                    catalogue={catalogue}
                    storeId={storeId}
                    {...catalogues.rowProps(catalogue.id)}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </LoadView>
      {open && (
        <section class="card stack" aria-label={`Catalogue ${open.name}`} key={open.id}>
          <h2>{open.name}</h2>
          <CatalogueProducts storeId={storeId} catalogue={open} onChanged={catalogues.list.reload} />
          <CatalogueCustomers storeId={storeId} catalogue={open} onChanged={catalogues.replace} />
        </section>
      )}
    </section>
  );
}
