// Categories: Unleashed's product groups (read-only: they are edited in Unleashed) and the store's own
// categories, which the admin creates, renames, deletes (asking first) and fills with products.
import { api } from '../../api/client.ts';
import type { Store } from '../../api/types.ts';
import { PageTitle } from '../../ui/components.tsx';
import { CreateByName } from '../../ui/create-by-name.tsx';
import { LoadView } from '../../ui/load-view.tsx';
import { useNamedList } from '../../ui/use-named-list.ts';
import { CategoryProducts } from './category-products.tsx';
import { CategoryRow } from './category-row.tsx';

export function CategoriesPage({ store }: { store: Store }) {
  const storeId = store.id;
  const categories = useNamedList(
    () => api.GET('/admin/stores/{storeId}/categories', { params: { path: { storeId } } }),
    (name) =>
      api.POST('/admin/stores/{storeId}/categories', { params: { path: { storeId } }, body: { name } }),
    [storeId],
  );
  const own = categories.items.filter((c) => c.source === 'store');
  const groups = categories.items.filter((c) => c.source === 'unleashed');
  const open = own.find((c) => c.id === categories.openId);

  return (
    <section class="stack">
      <PageTitle>Categories</PageTitle>
      <CreateByName
        id="category-name"
        label="New store category"
        submitLabel="Create category"
        formClass="card form"
        onCreate={categories.create}
      />
      <LoadView loaded={categories.list} loading="Loading categories…">
        {() => (
          <>
            <h2>Store categories</h2>
            {own.length === 0 ? (
              <p class="muted">None yet. Create one above to group products your own way.</p>
            ) : (
              <ul class="plain-list" aria-label="Store categories">
                {own.map((category) => (
                  <CategoryRow
                    key={category.id}
                    category={category}
                    storeId={storeId}
                    {...categories.rowProps(category.id)}
                  />
                ))}
              </ul>
            )}
            {open && (
              <CategoryProducts
                key={open.id}
                storeId={storeId}
                category={open}
                onChanged={categories.replace}
              />
            )}
            <h2>Product groups from Unleashed</h2>
            <p class="muted">These come from Unleashed and are renamed there.</p>
            <ul class="plain-list" aria-label="Product groups">
              {groups.map((group) => (
                <li key={group.id}>{group.name}</li>
              ))}
            </ul>
          </>
        )}
      </LoadView>
    </section>
  );
}
