// What checkout is about to order (issue 16 item 7): each cart line with its quantity, unit price and total (and
// its backordered part, B9), then subtotal, tax and total, all in the cart's currency.
import type { Cart } from '../../api/types.ts';
import { OrderLinesTable } from '../../ui/order-lines-table.tsx';
import { CartTotals } from './cart-totals.tsx';

export function CheckoutLines({ cart }: { cart: Cart }) {
  return (
    <>
      <OrderLinesTable
        lines={cart.lines}
        caption={
          <>
            {cart.lines.length} {cart.lines.length === 1 ? 'line' : 'lines'}, amounts in{' '}
            {cart.currency ?? 'NZD'}
          </>
        }
      />
      <CartTotals cart={cart} />
    </>
  );
}
