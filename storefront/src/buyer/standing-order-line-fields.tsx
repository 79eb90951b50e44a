// Editing a standing order's quantities (R21): one whole, positive quantity per line, checked before sending.
import type { StandingOrder } from '../api/buyer-types.ts';
import { parseQuantity } from './quantity.ts';

export type LineQuantities = Record<string, string>;

/** The quantities as typed, starting from what the standing order has. */
export function quantitiesOf(order: StandingOrder): LineQuantities {
  return Object.fromEntries(order.lines.map((line) => [line.productGuid, String(line.quantity)]));
}

/** The lines to send when a quantity changed (undefined when none did), and the sentence for each bad one. */
export function readQuantities(order: StandingOrder, typed: LineQuantities) {
  const errors: Record<string, string> = {};
  const lines = order.lines.map((line) => {
    const parsed = parseQuantity(typed[line.productGuid] ?? '');
    if ('error' in parsed) errors[line.productGuid] = parsed.error;
    return { productGuid: line.productGuid, quantity: 'error' in parsed ? line.quantity : parsed.quantity };
  });
  const changed = lines.some((line, i) => line.quantity !== order.lines[i]?.quantity);
  return { errors, lines: changed ? lines : undefined };
}

export function LineQuantityFields(props: {
  order: StandingOrder;
  values: LineQuantities;
  errors: Record<string, string>;
  onChange: (values: LineQuantities) => void;
}) {
  const { order, values, errors, onChange } = props;
  return (
    <fieldset>
      <legend>Quantities</legend>
      {order.lines.map((line) => {
        const id = `standing-qty-${line.productGuid}`;
        const error = errors[line.productGuid];
        return (
          <div class={error ? 'field invalid' : 'field'} key={line.productGuid}>
            <label for={id}>
              {line.description} <span class="product-code">{line.code}</span>
            </label>
            <input
              id={id}
              class="quantity"
              type="text"
              inputMode="numeric"
              value={values[line.productGuid] ?? ''}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onInput={(e) => onChange({ ...values, [line.productGuid]: e.currentTarget.value })}
            />
            {error && (
              <p class="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
