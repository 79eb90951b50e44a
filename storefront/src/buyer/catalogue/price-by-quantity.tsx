// The unit price the buyer pays at each quantity (R17a, issue 16 item 3): from 1 up to the first break, then from
// each break on, as the cart will charge it. A break that makes each unit dearer than a smaller quantity says so,
// so buying more never surprises at checkout.
import type { BuyerProductDetail } from '../../api/types.ts';
import { formatNumber } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';

type Break = BuyerProductDetail['priceBreaks'][number];

export function PriceByQuantity({ price, breaks }: { price: number | null; breaks: Break[] }) {
  const first = breaks[0]?.minimumQuantity;
  return (
    <ul>
      {price !== null && first !== undefined && first > 1 && (
        <li>
          {first === 2 ? '1' : `1 to ${formatNumber(first - 1)}`}: {formatMoney(price)} each
        </li>
      )}
      {breaks.map((step, index) => {
        const next = breaks[index + 1]?.minimumQuantity;
        const range =
          next === undefined
            ? `${formatNumber(step.minimumQuantity)} or more`
            : `${formatNumber(step.minimumQuantity)} to ${formatNumber(next - 1)}`;
        return (
          <li key={step.minimumQuantity} class={step.raisesPrice ? 'dearer' : undefined}>
            {range}: {formatMoney(step.price)} each
            {step.raisesPrice && (
              <strong class="dearer-note"> — more per unit than a smaller quantity</strong>
            )}
          </li>
        );
      })}
    </ul>
  );
}
