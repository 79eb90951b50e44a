// One cart line: the product, its unit price (quantity breaks applied), a quantity to change, its total, and
// remove. A line that cannot be ordered now is flagged with the gateway's sentence ("only 5 available", B9), and
// a line partly past the stock where the store takes backorders says how many are on backorder. Refusals show
// at the field.
// A quantity typed but not yet updated is reported to the cart page (onTyped), which saves it before checkout.
import { useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import { fieldErrors, problemSentence } from '../../api/problem.ts';
import type { CartLine } from '../../api/types.ts';
import { href } from '../../router.ts';
import { formatNumber } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';
import { useBuyer } from '../buyer-context.ts';
import { productRoute } from '../catalogue/product-card.tsx';
import { parseQuantity } from '../catalogue/quantity.ts';

export function CartLineRow({
  line,
  onTyped,
}: {
  line: CartLine;
  /** The typed quantity while it differs from the saved one; null once they agree again. */
  onTyped: (productGuid: string, text: string | null) => void;
}) {
  const { setCart } = useBuyer();
  const [text, setText] = useState(String(line.quantity));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `cart-qty-${line.productGuid}`;
  const path = { productGuid: line.productGuid };

  const update = async (event: Event) => {
    event.preventDefault();
    const parsed = parseQuantity(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    setBusy(true);
    const answer = await api.PUT('/store/cart/lines/{productGuid}', {
      params: { path },
      body: { quantity: parsed.quantity },
    });
    setBusy(false);
    if (answer.error) setError(fieldErrors(answer.error).quantity ?? problemSentence(answer.error));
    else {
      onTyped(line.productGuid, null);
      setCart(answer.data);
    }
  };

  const remove = async () => {
    setBusy(true);
    const answer = await api.DELETE('/store/cart/lines/{productGuid}', { params: { path } });
    setBusy(false);
    if (answer.error) setError(problemSentence(answer.error));
    else {
      onTyped(line.productGuid, null);
      setCart(answer.data);
    }
  };

  const described = [
    line.problem && `${id}-problem`,
    line.backorderQuantity && `${id}-backorder`,
    error && `${id}-error`,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <tr class={line.orderable ? undefined : 'refused'}>
      <th scope="row">
        <a href={href(productRoute(line.code))}>{line.description}</a>
        <span class="product-code">{line.code}</span>
        {line.problem && (
          <p class="line-problem" id={`${id}-problem`}>
            {line.problem}
          </p>
        )}
        {line.backorderQuantity ? (
          <p class="line-backorder" id={`${id}-backorder`}>
            {formatNumber(line.backorderQuantity)} on backorder
            {line.available !== null && line.available !== undefined
              ? ` (${formatNumber(line.available)} available now)`
              : ''}
          </p>
        ) : null}
      </th>
      <td class="num">{formatMoney(line.unitPrice)}</td>
      <td>
        <form class="line-quantity" onSubmit={update} noValidate>
          <label class="visually-hidden" for={id}>
            Quantity of {line.code}
          </label>
          <input
            id={id}
            class="quantity"
            type="text"
            inputMode="numeric"
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={described || undefined}
            onInput={(e) => {
              const typed = e.currentTarget.value;
              setText(typed);
              onTyped(line.productGuid, typed.trim() === String(line.quantity) ? null : typed);
            }}
          />
          <button type="submit" class="button secondary small" disabled={busy}>
            Update
          </button>
        </form>
        {error && (
          <p class="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </td>
      <td class="num">{formatMoney(line.lineTotal)}</td>
      <td>
        <button
          type="button"
          class="button secondary small"
          disabled={busy}
          onClick={remove}
          aria-label={`Remove ${line.code}`}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
