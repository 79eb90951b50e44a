// Categories: Unleashed's product groups (read-only: they are edited in Unleashed) and the store's own
// categories, which the admin creates, renames, deletes (asking first) and fills with products.
import { useState } from 'preact/hooks';
import type { Category } from '../../api/admin-types.ts';
import { api } from '../../api/client.ts';
import { problemSentence } from '../../api/problem.ts';
import type { Problem, Store } from '../../api/types.ts';
import { Field, Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { CategoryProducts } from './category-products.tsx';
import { CategoryRow } from './category-row.tsx';

export function CategoriesPage({ store }: { store: Store }) {
  const storeId = store.id;
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [openId, setOpenId] = useState<string>();
  const categories = useLoad(
    () => api.GET('/admin/stores/{storeId}/categories', { params: { path: { storeId } } }),
    [storeId],
  );
  const items = categories.data?.items ?? [];
  const own = items.filter((c) => c.source === 'store');
  const groups = items.filter((c) => c.source === 'unleashed');
  const open = own.find((c) => c.id === openId);
  const replace = (category: Category) =>
    categories.set({ items: items.map((c) => (c.id === category.id ? category : c)) });

  const create = async (event: Event) => {
    event.preventDefault();
    const { data, error } = await api.POST('/admin/stores/{storeId}/categories', {
      params: { path: { storeId } },
      body: { name: name.trim() },
    });
    setProblem(error);
    if (!data) return;
    setName('');
    setOpenId(data.id);
    categories.reload();
  };

  return (
    <section class="stack">
      <PageTitle>Categories</PageTitle>
      <form class="card form" onSubmit={create} noValidate>
        <Field
          id="category-name"
          label="New store category"
          error={problem ? problemSentence(problem) : undefined}
        >
          {(c) => (
            <input
              {...c}
              maxLength={100}
              value={name}
              onInput={(e) => {
                setName(e.currentTarget.value);
                setProblem(undefined);
              }}
            />
          )}
        </Field>
        <div class="actions">
          <button type="submit" class="button primary" disabled={!name.trim()}>
            Create category
          </button>
        </div>
      </form>
      {categories.state === 'loading' && <Loading label="Loading categories…" />}
      {categories.state === 'failed' && (
        <ProblemNote problem={categories.problem} onRetry={categories.reload} />
      )}
      {categories.data && (
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
                  onOpen={() => setOpenId(category.id === openId ? undefined : category.id)}
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
    </section>
  );
}
