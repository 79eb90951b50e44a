// The standing orders report (R21): per product, the runs and quantities due over the next 3 months from active
// standing orders, in total and per month.
import { api } from '../../api/client.ts';
import { Loading, ProblemNote } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { formatNumber } from '../../ui/format.ts';
import { formatDay, formatMonth } from '../../ui/schedule-words.ts';
import { useLoad } from '../../ui/use-load.ts';

/** The calendar months from `from` up to (not including) `to`, as `YYYY-MM`. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  const day = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
  while (day.toISOString().slice(0, 10) < to) {
    months.push(day.toISOString().slice(0, 7));
    day.setUTCMonth(day.getUTCMonth() + 1);
  }
  return months;
}

export function StandingOrderReport({ storeId }: { storeId: string }) {
  const report = useLoad(
    () => api.GET('/admin/stores/{storeId}/standing-orders/report', { params: { path: { storeId } } }),
    [storeId],
  );
  const data = report.data;
  const months = data ? monthsBetween(data.from, data.to) : [];
  return (
    <section class="card stack" aria-labelledby="standing-report-title">
      <h2 id="standing-report-title">Quantities due in the next 3 months</h2>
      {report.state === 'loading' && <Loading label="Loading the report…" />}
      {report.state === 'failed' && <ProblemNote problem={report.problem} onRetry={report.reload} />}
      {data && (
        <p class="muted">
          Runs due from {formatDay(data.from)} up to {formatDay(data.to)} of every active standing order.
        </p>
      )}
      {data && data.items.length === 0 && <p class="muted">Nothing is due: no active standing order.</p>}
      {data && data.items.length > 0 && (
        <DataTable
          label="Quantities due"
          columns={[
            'Product',
            ...months.map((month) => ({ heading: formatMonth(month), num: true })),
            { heading: 'Total', num: true },
          ]}
          rows={data.items}
          rowKey={(item) => item.productGuid}
          cells={(item) => (
            <>
              <th scope="row">
                {item.code} <span class="muted block">{item.description}</span>
              </th>
              {months.map((month) => (
                <td key={month} class="num">
                  {formatNumber(item.months.find((m) => m.month === month)?.quantity ?? 0)}
                </td>
              ))}
              <td class="num">
                {formatNumber(item.quantity)}
                <span class="muted block">
                  {item.runs} {item.runs === 1 ? 'run' : 'runs'}
                </span>
              </td>
            </>
          )}
        />
      )}
    </section>
  );
}
