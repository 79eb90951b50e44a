// An order's product lines (a backordered part said on its line, B9) and, below them, its charges (freight and
// others added in Unleashed, R19).
import type { BuyerOrder } from '../../api/types.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { formatMoney } from '../../ui/money.ts';
import { OrderLinesTable } from '../../ui/order-lines-table.tsx';

export function OrderLines({ order }: { order: BuyerOrder }) {
  return (
    <>
      <section aria-labelledby="order-lines" class="stack">
        <h2 id="order-lines">Lines</h2>
        <OrderLinesTable lines={order.lines} />
      </section>
      <section aria-labelledby="order-charges" class="stack">
        <h2 id="order-charges">Charges</h2>
        {order.charges.length === 0 ? (
          <p class="muted">No charges.</p>
        ) : (
          <DataTable
            columns={['Charge', { heading: 'Amount', num: true }]}
            rows={order.charges}
            rowKey={(charge, index) => `${charge.description}-${index}`}
            cells={(charge) => (
              <>
                <th scope="row">{charge.description}</th>
                <td class="num">{formatMoney(charge.amount)}</td>
              </>
            )}
          />
        )}
      </section>
    </>
  );
}
