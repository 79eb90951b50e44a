// Adding a product to the cart: a quantity (whole, positive; checked here first, then by the gateway) added to
// what the cart already holds. Every refusal is a sentence at the quantity field (past the stock: "only 5
// available", B9); the cart stays as it was.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { fieldErrors, problemSentence } from '../../api/problem.ts';
import type { BuyerProduct } from '../../api/types.ts';
import { formatNumber } from '../../ui/format.ts';
import { TextField } from '../../ui/text-field.tsx';
import { useBuyer } from '../buyer-context.ts';
import { parseQuantity } from './quantity.ts';
import { firstValidQuantity } from './quantity-rule.tsx';

export function AddToCart({ product, idPrefix }: { product: BuyerProduct; idPrefix: string }) {
  const { cart, setCart } = useBuyer();
  const [text, setText] = useState(String(firstValidQuantity(product.quantityRule)));
  const [error, setError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `${idPrefix}-qty-${product.guid}`;

  const add = async (event: Event) => {
    event.preventDefault();
    setAdded(undefined);
    const parsed = parseQuantity(text);
    if ('error' in parsed) {
      setError(parsed.error);
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    setBusy(true);
    const inCart = cart?.lines.find((line) => line.productGuid === product.guid)?.quantity ?? 0;
    const { data, error: problem } = await api.PUT('/store/cart/lines/{productGuid}', {
      params: { path: { productGuid: product.guid } },
      body: { quantity: inCart + parsed.quantity },
    });
    setBusy(false);
    if (problem) {
      setError(fieldErrors(problem).quantity ?? problemSentence(problem));
      document.getElementById(id)?.focus();
      return;
    }
    setCart(data);
    const line = data.lines.find((l) => l.productGuid === product.guid);
    // B9: where the store takes backorders, the part past the stock is said at once.
    const backorder = line?.backorderQuantity ? `, ${formatNumber(line.backorderQuantity)} on backorder` : '';
    setAdded(
      `Added ${formatNumber(parsed.quantity)}: ${formatNumber(line?.quantity ?? 0)} in your cart${backorder}.`,
    );
  };

  return (
    <form class="add-to-cart" onSubmit={add} noValidate aria-label={`Add ${product.code} to the cart`}>
      <TextField
        id={id}
        label="Quantity"
        error={error}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        class="quantity"
        value={text}
        onValue={(value) => setText(value)}
      />
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add to cart'}
      </button>
      {added && (
        <p class="added" role="status">
          {added}
        </p>
      )}
    </form>
  );
}
