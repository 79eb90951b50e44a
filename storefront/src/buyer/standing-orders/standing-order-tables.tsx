// A standing order's lines and its last runs (R21): when each was due, how it went and why, and the order it
// placed.
import type { StandingOrder } from '../../api/types.ts';
import { href } from '../../router.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { formatDay } from '../../ui/schedule-words.ts';

const OUTCOME = { running: 'Running', placed: 'Placed', failed: 'Failed', skipped: 'Skipped' } as const;

export function StandingOrderTables({ order }: { order: StandingOrder }) {
  return (
    <>
      <section aria-labelledby="standing-lines" class="stack">
        <h2 id="standing-lines">Lines</h2>
        <DataTable
          columns={['Product', { heading: 'Quantity', num: true }]}
          rows={order.lines}
          rowKey={(line) => line.productGuid}
          cells={(line) => (
            <>
              <th scope="row">
                {line.description} <span class="product-code">{line.code}</span>
              </th>
              <td class="num">{formatNumber(line.quantity)}</td>
            </>
          )}
        />
      </section>
      <section aria-labelledby="standing-runs" class="stack">
        <h2 id="standing-runs">Last runs</h2>
        {order.runs.length === 0 ? (
          <p class="muted">It has not run yet.</p>
        ) : (
          <DataTable
            columns={['Due', 'Outcome', 'Details', 'Ran']}
            rows={order.runs}
            rowKey={(run) => `${run.dueDate}-${run.ranAt}`}
            cells={(run) => (
              <>
                <th scope="row">{formatDay(run.dueDate)}</th>
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
              </>
            )}
          />
        )}
      </section>
    </>
  );
}
