// Inside a custom catalogue (R17): find products, see each one's Base status and its status in this catalogue
// (Hidden = not listed here), change one with a click or many on a selection. A refusal (plan limit R7, an
// obsolete product) is a sentence in the row or under the bulk buttons, and nothing changes.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Catalogue, Problem, ProductStatus, StoreProduct } from '../../api/types.ts';
import { Loading, Notice, ProblemNote } from '../../ui/components.tsx';
import { DataTable, SelectCell } from '../../ui/data-table.tsx';
import { useSelection } from '../../ui/use-selection.ts';
import { ProductSearchField } from '../products/product-search-field.tsx';
import { PRODUCT_STATUS, PRODUCT_STATUSES, ProductStatusButtons } from '../products/product-status.tsx';
import { useProductSearch } from '../products/use-product-search.ts';

export function CatalogueProducts(props: { storeId: string; catalogue: Catalogue; onChanged: () => void }) {
  const { storeId, catalogue, onChanged } = props;
  const picker = useProductSearch(storeId);
  const { products } = picker;
  const { selected, toggle, clear: clearSelection } = useSelection();
  const [rowProblem, setRowProblem] = useState<{ guid: string; problem: Problem }>();
  const [bulk, setBulk] = useState<{ problem?: Problem; done?: string; busy?: boolean }>({});
  const statusHere = (guid: string): ProductStatus =>
    catalogue.products.find((p) => p.productGuid === guid)?.status ?? 'hidden';
  const path = { storeId, catalogueId: catalogue.id };

  const setOne = async (product: StoreProduct, status: ProductStatus) => {
    setRowProblem(undefined);
    const { error } = await api.PUT(
      '/admin/stores/{storeId}/catalogues/{catalogueId}/products/{productGuid}/status',
      { params: { path: { ...path, productGuid: product.guid } }, body: { status } },
    );
    if (error) setRowProblem({ guid: product.guid, problem: error });
    else onChanged();
  };
  const setSelection = async (status: ProductStatus) => {
    setBulk({ busy: true });
    const { data, error } = await api.POST(
      '/admin/stores/{storeId}/catalogues/{catalogueId}/products/status',
      {
        params: { path },
        body: { status, productGuids: [...selected] },
      },
    );
    if (error) return setBulk({ problem: error });
    setBulk({ done: `${data.changed} products made ${PRODUCT_STATUS[status]} in ${catalogue.name}.` });
    clearSelection();
    onChanged();
  };
  return (
    <section class="stack" aria-labelledby="catalogue-products-title">
      <h3 id="catalogue-products-title">Products in {catalogue.name}</h3>
      <p class="muted">
        Hidden here means this catalogue does not list the product: its customers get the Base status.
      </p>
      <div class="filters">
        <ProductSearchField id="catalogue-product-search" picker={picker} />
      </div>
      <fieldset class="bulk-bar" aria-label="Status of the selected products in this catalogue">
        <span>{selected.size} selected</span>
        {PRODUCT_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            class="button primary small"
            disabled={selected.size === 0 || bulk.busy === true}
            onClick={() => setSelection(s)}
          >
            Make {PRODUCT_STATUS[s]} here
          </button>
        ))}
      </fieldset>
      {bulk.problem && <ProblemNote problem={bulk.problem} />}
      {bulk.done && <Notice>{bulk.done}</Notice>}
      {products.state === 'loading' && <Loading label="Loading products…" />}
      {products.state === 'failed' && <ProblemNote problem={products.problem} onRetry={products.reload} />}
      {products.data && (
        <DataTable
          label={`Products in ${catalogue.name}`}
          columns={[
            { heading: <span class="visually-hidden">Select</span> },
            'Code',
            'Description',
            'Base status',
            `In ${catalogue.name}`,
          ]}
          rows={products.data.items}
          rowKey={(product) => product.guid}
          rowAttributes={(product) => ({ 'aria-selected': selected.has(product.guid) })}
          cells={(product) => (
            <>
              <SelectCell
                what={product.code}
                selected={selected.has(product.guid)}
                onSelect={(on) => toggle(product.guid, on)}
              />
              <th scope="row">
                {product.code}
                {product.obsolete && <span class="badge">Obsolete</span>}
              </th>
              <td>{product.description}</td>
              <td>{PRODUCT_STATUS[product.status]}</td>
              <td>
                <ProductStatusButtons
                  label={`Status of ${product.code} in ${catalogue.name}`}
                  status={statusHere(product.guid)}
                  disabled={false}
                  onChange={(status) => setOne(product, status)}
                />
                {rowProblem?.guid === product.guid && <ProblemNote problem={rowProblem.problem} />}
              </td>
            </>
          )}
        />
      )}
    </section>
  );
}
