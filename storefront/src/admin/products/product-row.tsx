// One product on the products page: selection, code and description (the store's own name when it has one, R3,
// editable in place), stock, and its store status with a one-click change (R3); a refusal (plan limit R7,
// obsolete product) is shown as a sentence in the row.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { ProductStatus, StoreProduct } from '../../api/types.ts';
import { ProblemNote } from '../../ui/components.tsx';
import { type Selectable, SelectCell } from '../../ui/data-table.tsx';
import { formatNumber } from '../../ui/format.ts';
import { useAttempt } from '../../ui/use-attempt.ts';
import { ProductQuantityRuleEditor } from '../order-rules/product-quantity-rule.tsx';
import { ProductOverrideForm } from './product-override-form.tsx';
import { ProductStatusButtons } from './product-status.tsx';

export function ProductRow(
  props: Selectable & {
    product: StoreProduct;
    storeId: string;
    onChanged: (status: ProductStatus) => void;
    onReplaced: (product: StoreProduct) => void;
  },
) {
  const { product, storeId, selected, onSelect, onChanged } = props;
  const { busy: saving, problem, send } = useAttempt();
  const [editing, setEditing] = useState(false);
  const [ruleOpen, setRuleOpen] = useState(false);
  const problemId = `product-${product.guid}-problem`;

  const change = (status: ProductStatus) =>
    send(
      () =>
        api.PUT('/admin/stores/{storeId}/products/{productGuid}/status', {
          params: { path: { storeId, productGuid: product.guid } },
          body: { status },
        }),
      (changed) => onChanged(changed.status),
    );

  const row = (
    <tr aria-selected={selected}>
      <SelectCell what={product.code} selected={selected} onSelect={onSelect} />
      <th scope="row">
        {product.code}
        {product.obsolete && <span class="badge">Obsolete</span>}
      </th>
      <td>
        {product.override?.name ?? product.description}
        {product.override?.name && <span class="muted"> (Unleashed: {product.description})</span>}{' '}
        <button
          type="button"
          class="link-button"
          aria-expanded={editing}
          aria-label={`Edit name of ${product.code} in the store`}
          onClick={() => setEditing(!editing)}
        >
          Edit name
        </button>
      </td>
      <td class="num">{formatNumber(product.stock.available)}</td>
      <td>
        <ProductStatusButtons
          label={`Status of ${product.code}`}
          status={product.status}
          disabled={saving}
          describedBy={problem ? problemId : undefined}
          onChange={change}
        />
        {problem && <ProblemNote id={problemId} problem={problem} />}
      </td>
      <td>
        <details onToggle={(e) => setRuleOpen(e.currentTarget.open)}>
          <summary>Quantity rule of {product.code}</summary>
          {ruleOpen && (
            <ProductQuantityRuleEditor storeId={storeId} productGuid={product.guid} code={product.code} />
          )}
        </details>
      </td>
    </tr>
  );
  if (!editing) return row;
  return (
    <>
      {row}
      <tr>
        <td colSpan={6}>
          <ProductOverrideForm
            product={product}
            storeId={storeId}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              setEditing(false);
              props.onReplaced(saved);
            }}
          />
        </td>
      </tr>
    </>
  );
}
