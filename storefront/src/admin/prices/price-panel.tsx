// "Explain a price" (R17a) for one customer: find a product by code, give a quantity, and see the price, the rule
// that produced it (in Unleashed's order), the sentence saying why, the unit price at each quantity and every
// input considered; below it, the customer's price check (breaks that raise the unit price).
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { PriceExplanation, Problem, StoreProduct } from '../../api/types.ts';
import { Field, Loading, ProblemNote } from '../../ui/components.tsx';
import { formatMoney } from '../../ui/money.ts';
import { SlideOver } from '../../ui/slide-over.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useDebounced } from '../../ui/use-debounced.ts';
import { useLoad } from '../../ui/use-load.ts';
import { PriceCheck } from './price-check.tsx';
import { PriceInputs } from './price-inputs.tsx';
import { PriceSteps } from './price-steps.tsx';

const RULE: Record<NonNullable<PriceExplanation['rule']>, string> = {
  'customer-price': 'Customer price',
  'quantity-break': 'Quantity break',
  'tier-less-discount': 'Sell price tier less discount',
  'default-sell-price': 'Default sell price',
};

export function PricePanel(props: {
  storeId: string;
  customerGuid: string;
  customerName: string;
  onClose: () => void;
}) {
  const { storeId, customerGuid, customerName, onClose } = props;
  const [search, setSearch] = useState('');
  const [product, setProduct] = useState<StoreProduct>();
  const [quantity, setQuantity] = useState('1');
  const code = useDebounced(search.trim(), 250);
  const qty = useDebounced(quantity, 250);
  const quantityOk = /^\d+$/.test(qty) && Number(qty) >= 1 && Number(qty) <= 1_000_000;
  const found = useLoad(
    () =>
      code && !product
        ? api.GET('/admin/stores/{storeId}/products', {
            params: { path: { storeId }, query: { search: code, pageSize: 8 } },
          })
        : Promise.resolve({ data: undefined }),
    [storeId, code, product?.guid],
  );
  const explained = useLoad<PriceExplanation | undefined>(
    (): Promise<{ data?: PriceExplanation; error?: Problem }> =>
      product && quantityOk
        ? api.GET('/admin/stores/{storeId}/customers/{customerGuid}/prices/{productGuid}', {
            params: {
              path: { storeId, customerGuid, productGuid: product.guid },
              query: { quantity: Number(qty) },
            },
          })
        : Promise.resolve({ data: undefined }),
    [storeId, customerGuid, product?.guid, qty],
  );
  const e = explained.data;

  return (
    <SlideOver title={`Explain a price for ${customerName}`} onClose={onClose}>
      <div class="stack">
        <Field id="price-product" label="Product code" hint="Type part of the code, then pick the product.">
          {(c) => (
            <input
              {...c}
              type="search"
              value={product ? product.code : search}
              onInput={(event) => {
                setProduct(undefined);
                setSearch(event.currentTarget.value);
              }}
            />
          )}
        </Field>
        {!product && found.data && (
          <ul class="plain-list" aria-label="Matching products">
            {found.data.items.length === 0 && <li class="muted">No product matches.</li>}
            {found.data.items.map((p) => (
              <li key={p.guid}>
                <button type="button" class="link-button" onClick={() => setProduct(p)}>
                  {p.code}
                </button>{' '}
                <span class="muted">{p.description}</span>
              </li>
            ))}
          </ul>
        )}
        <TextField
          id="price-quantity"
          label="Quantity"
          error={quantityOk || quantity === '' ? undefined : 'Enter a whole number from 1.'}
          type="number"
          inputMode="numeric"
          min={1}
          step={1}
          value={quantity}
          onValue={(value) => setQuantity(value)}
        />
        {explained.state === 'failed' && <ProblemNote problem={explained.problem} />}
        {product && quantityOk && explained.state === 'loading' && <Loading label="Working out the price…" />}
        {e && (
          <section class="card stack" aria-label="Price explanation">
            <p class="price-answer">
              <strong class="price">{formatMoney(e.price)}</strong>{' '}
              <span class="badge">{e.rule ? RULE[e.rule] : 'No price'}</span>
            </p>
            <p class="explanation">{e.explanation}</p>
            <p class="muted">
              {e.product.code} × {e.quantity}, prices as of {e.today}.
            </p>
            <PriceSteps
              label={`Unit price by quantity of ${e.product.code}`}
              steps={e.steps}
              raising={e.raisingBreaks}
            />
            <PriceInputs inputs={e.inputs} />
          </section>
        )}
        <PriceCheck storeId={storeId} customerGuid={customerGuid} />
      </div>
    </SlideOver>
  );
}
