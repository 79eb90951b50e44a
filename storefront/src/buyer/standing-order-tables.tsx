// A standing order's lines and its last runs (R21): when each was due, how it went and why, and the order it
// placed.
import type { StandingOrder } from '../api/buyer-types.ts';
import { href } from '../router.ts';
import { formatDateTime, formatNumber } from '../ui/format.ts';
import { formatDate } from './schedule.ts';

const OUTCOME = { running: 'Running', placed: 'Placed', failed: 'Failed', skipped: 'Skipped' } as const;

export function StandingOrderTables({ order }: { order: StandingOrder }) {
  return (
    <>
      <section aria-labelledby="standing-lines" class="stack">
        <h2 id="standing-lines">Lines</h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Product</th>
                <th scope="col" class="num">
                  Quantity
                </th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.productGuid}>
                  <th scope="row">
                    {line.description} <span class="product-code">{line.code}</span>
                  </th>
                  <td class="num">{formatNumber(line.quantity)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="standing-runs" class="stack">
        <h2 id="standing-runs">Last runs</h2>
        {order.runs.length === 0 ? (
          <p class="muted">It has not run yet.</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">Due</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">Details</th>
                  <th scope="col">Ran</th>
                </tr>
              </thead>
              <tbody>
                {order.runs.map((run) => (
                  <tr key={`${run.dueDate}-${run.ranAt}`}>
                    <th scope="row">{formatDate(run.dueDate)}</th>
                    <td>
                      <span class={`badge run-${run.outcome}`}>{OUTCOME[run.outcome]}</span>
                    </td>
                    <td>
                      {run.orderId ? (
                        <a href={href(`/orders/${encodeURIComponent(run.orderId)}`)}>See the order</a>
                      ) : (
                        (run.detail ?? '—')
                      )}
                    </td>
                    <td>{formatDateTime(run.ranAt)}</td>
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
