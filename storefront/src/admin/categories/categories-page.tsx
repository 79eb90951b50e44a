// Categories: Unleashed's product groups (read-only: they are edited in Unleashed) and the store's own
// categories, which the admin creates, renames, deletes (asking first) and fills with products.

import { api } from '../../api/client.ts';
import type { Category, Store } from '../../api/types.ts';
import { PageTitle } from '../../ui/components.tsx';
import { CreateByName, useCreateThenOpen } from '../../ui/create-by-name.tsx';
import { LoadView } from '../../ui/load-view.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { CategoryProducts } from './category-products.tsx';
import { CategoryRow } from './category-row.tsx';

export function CategoriesPage({ store }: { store: Store }) {
  const storeId = store.id;
  const categories = useLoad(
    () => api.GET('/admin/stores/{storeId}/categories', { params: { path: { storeId } } }),
    [storeId],
  );
  const { openId, create, toggle } = useCreateThenOpen(
    (name) =>
      api.POST('/admin/stores/{storeId}/categories', { params: { path: { storeId } }, body: { name } }),
    categories.reload,
  );
  const items = categories.data?.items ?? [];
  const own = items.filter((c) => c.source === 'store');
  const groups = items.filter((c) => c.source === 'unleashed');
  const open = own.find((c) => c.id === openId);
  const replace = (category: Category) =>
    categories.set({ items: items.map((c) => (c.id === category.id ? category : c)) });

  return (
    <section class="stack">
      <PageTitle>Categories</PageTitle>
      <CreateByName
        id="category-name"
        label="New store category"
        submitLabel="Create category"
        formClass="card form"
        onCreate={create}
      />
      <LoadView loaded={categories} loading="Loading categories…">
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
                    open={category.id === openId}
                    onOpen={() => toggle(category.id)}
                    onRenamed={replace}
                    onDeleted={categories.reload}
                  />
                ))}
              </ul>
            )}
            {open && <CategoryProducts key={open.id} storeId={storeId} category={open} onChanged={replace} />}
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
