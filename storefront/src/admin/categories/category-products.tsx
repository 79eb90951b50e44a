// Which products are in a store category: find products and tick them in or out (each tick saves the new list;
// a product keeps its Unleashed product group too).
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Category, Problem } from '../../api/types.ts';
import { ProblemNote } from '../../ui/components.tsx';
import { ProductSearchField } from '../products/product-search-field.tsx';
import { useProductSearch } from '../products/use-product-search.ts';

export function CategoryProducts(props: {
  storeId: string;
  category: Category;
  onChanged: (category: Category) => void;
}) {
  const { storeId, category, onChanged } = props;
  const picker = useProductSearch(storeId);
  const { products } = picker;
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  // The tick shows at once and stays while its save runs (the list is the server's answer after that).
  const [pending, setPending] = useState<{ guid: string; on: boolean }>();

  const toggle = async (productGuid: string, on: boolean) => {
    setBusy(true);
    setPending({ guid: productGuid, on });
    setProblem(undefined);
    const others = category.productGuids.filter((guid) => guid !== productGuid);
    const { data, error } = await api.PUT('/admin/stores/{storeId}/categories/{categoryId}/products', {
      params: { path: { storeId, categoryId: category.id } },
      body: { productGuids: on ? [...others, productGuid] : others },
    });
    setBusy(false);
    setPending(undefined);
    if (data) onChanged(data);
    else setProblem(error);
  };

  return (
    <section class="stack" aria-label={`Products in ${category.name}`}>
      <ProductSearchField id="category-product-search" picker={picker} />
      {problem && <ProblemNote problem={problem} />}
      {products.state === 'failed' && <ProblemNote problem={products.problem} onRetry={products.reload} />}
      {products.data && (
        <ul class="plain-list">
          {products.data.items.map((p) => (
            <li key={p.guid}>
              <label>
                <input
                  type="checkbox"
                  disabled={busy}
                  checked={pending?.guid === p.guid ? pending.on : category.productGuids.includes(p.guid)}
                  onChange={(e) => toggle(p.guid, e.currentTarget.checked)}
                />{' '}
                {p.code} <span class="muted">{p.description}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
