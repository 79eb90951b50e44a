// An order's product lines (a backordered part said on its line, B9) and, below them, its charges (freight and
// others added in Unleashed, R19).
import type { BuyerOrder } from '../api/buyer-types.ts';
import { formatNumber } from '../ui/format.ts';
import { formatMoney } from '../ui/money.ts';

export function OrderLines({ order }: { order: BuyerOrder }) {
  return (
    <>
      <section aria-labelledby="order-lines" class="stack">
        <h2 id="order-lines">Lines</h2>
        <div class="table-wrap">
          <table>
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
              {order.lines.map((line, index) => (
                <tr key={`${line.code}-${index}`}>
                  <th scope="row">
                    {line.description} <span class="product-code">{line.code}</span>
                    {line.backorderQuantity ? (
                      <p class="line-backorder">{formatNumber(line.backorderQuantity)} on backorder</p>
                    ) : null}
                  </th>
                  <td class="num">{formatNumber(line.quantity)}</td>
                  <td class="num">{formatMoney(line.unitPrice)}</td>
                  <td class="num">{formatMoney(line.lineTotal)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="order-charges" class="stack">
        <h2 id="order-charges">Charges</h2>
        {order.charges.length === 0 ? (
          <p class="muted">No charges.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Charge</th>
                  <th scope="col" class="num">
                    Amount
                  </th>
                </tr>
              </thead>
              <tbody>
                {order.charges.map((charge, index) => (
                  <tr key={`${charge.description}-${index}`}>
                    <th scope="row">{charge.description}</th>
                    <td class="num">{formatMoney(charge.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
