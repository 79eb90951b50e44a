// What checkout is about to order (issue 16 item 7): each cart line with its quantity, unit price and total,
// then subtotal, tax and total, all in the cart's currency.
import type { Cart } from '../api/buyer-types.ts';
import { formatNumber } from '../ui/format.ts';
import { formatMoney } from '../ui/money.ts';
import { CartTotals } from './cart-totals.tsx';

export function CheckoutLines({ cart }: { cart: Cart }) {
  return (
    <>
      <div class="table-wrap">
        <table>
          <caption>
            {cart.lines.length} {cart.lines.length === 1 ? 'line' : 'lines'}, amounts in{' '}
            {cart.currency ?? 'NZD'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col" class="num">
                Quantity
              </th>
              <th scope="col" class="num">
                Unit price
              </th>
              <th scope="col" class="num">
                Line total
              </th>
            </tr>
          </thead>
          <tbody>
            {cart.lines.map((line) => (
              <tr key={line.productGuid}>
                <th scope="row">
                  {line.description} <span class="product-code">{line.code}</span>
                </th>
                <td class="num">{formatNumber(line.quantity)}</td>
                <td class="num">{formatMoney(line.unitPrice)}</td>
                <td class="num">{formatMoney(line.lineTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CartTotals cart={cart} />
    </>
  );
}
