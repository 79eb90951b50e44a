// The products on this page of the list, each a ProductRow; says so when none match.
import type { ProductStatus, StoreProduct } from '../../api/types.ts';
import { ProductRow } from './product-row.tsx';

export function ProductTable(props: {
  /** An answer to an older request is shown while a newer one loads. */
  busy: boolean;
  products: StoreProduct[];
  storeId: string;
  isSelected: (guid: string) => boolean;
  onSelect: (guid: string, on: boolean) => void;
  onChanged: (product: StoreProduct, status: ProductStatus) => void;
  onReplaced: (product: StoreProduct) => void;
}) {
  const { busy, products, storeId, isSelected, onSelect, onChanged, onReplaced } = props;
  if (products.length === 0) {
    return <p class="muted">No products match. Run a sync, or change the search and filter.</p>;
  }
  return (
    <div class="table-wrap" aria-busy={busy} inert={busy}>
      <table>
        <thead>
          <tr>
            <th scope="col">
              <input
                type="checkbox"
                aria-label="Select all products on this page"
                checked={products.every((p) => isSelected(p.guid))}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  for (const product of products) onSelect(product.guid, on);
                }}
              />
            </th>
            <th scope="col">Code</th>
            <th scope="col">Description</th>
            <th scope="col" class="num">
              Available
            </th>
            <th scope="col">Store status</th>
            <th scope="col">Quantity rule</th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <ProductRow
              key={product.guid}
              product={product}
              storeId={storeId}
              selected={isSelected(product.guid)}
              onSelect={(on) => onSelect(product.guid, on)}
              onChanged={(status) => onChanged(product, status)}
              onReplaced={onReplaced}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
