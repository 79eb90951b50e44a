// The cart's money: subtotal, tax at the cart's rate (or "by product" when a product's own rate applies, R8),
// and total (naming the cart's currency); and, while the subtotal is below the customer's minimum order value
// (B4), how much more is needed.
import type { Cart } from '../../api/types.ts';
import { formatMoney, formatRate } from '../../ui/money.ts';

export function CartTotals({ cart }: { cart: Cart }) {
  const oneRate = cart.lines.every((line) => !line.orderable || line.taxRate === cart.taxRate);
  return (
    <>
      <dl class="totals" aria-label="Cart totals">
        <div>
          <dt>Subtotal</dt>
          <dd>{formatMoney(cart.subTotal)}</dd>
        </div>
        <div>
          <dt>Tax ({oneRate ? formatRate(cart.taxRate) : 'by product'})</dt>
          <dd>{formatMoney(cart.taxTotal)}</dd>
        </div>
        <div class="grand">
          <dt>Total ({cart.currency ?? 'NZD'})</dt>
          <dd>{formatMoney(cart.total)}</dd>
        </div>
      </dl>
      {cart.orderValueBreach && (
        <p class="problem-inline minimum-order-value" role="alert">
          {cart.orderValueBreach.message}
        </p>
      )}
    </>
  );
}
