// The price check of one customer (issue 16 item 3): every product where a quantity break raises the unit price
// above what a smaller quantity pays, each with its price by quantity, so the supplier can fix it in Unleashed.
import { api } from '../../api/client.ts';
import { Loading, ProblemNote } from '../../ui/components.tsx';
import { useLoad } from '../../ui/use-load.ts';
import { PriceSteps } from './price-steps.tsx';

export function PriceCheck({ storeId, customerGuid }: { storeId: string; customerGuid: string }) {
  const report = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/customers/{customerGuid}/price-check', {
        params: { path: { storeId, customerGuid } },
      }),
    [storeId, customerGuid],
  );
  return (
    <section class="card stack" aria-labelledby="price-check-heading">
      <h3 id="price-check-heading">Price check</h3>
      {report.state === 'loading' && <Loading label="Checking the quantity breaks…" />}
      {report.state === 'failed' && <ProblemNote problem={report.problem} onRetry={report.reload} />}
      {report.state === 'ready' && report.data.items.length === 0 && (
        <p class="muted">No quantity break raises this customer's unit price.</p>
      )}
      {report.state === 'ready' && report.data.items.length > 0 && (
        <details>
          <summary>
            {report.data.items.length === 1
              ? '1 product has a quantity break that raises the unit price'
              : `${report.data.items.length} products have a quantity break that raises the unit price`}
          </summary>
          {report.data.items.map((item) => (
            <div key={item.product.guid} class="stack">
              <p>
                <strong>{item.product.code}</strong> <span class="muted">{item.product.description}</span>
              </p>
              <PriceSteps
                label={`Unit price by quantity of ${item.product.code}`}
                steps={item.steps}
                raising={item.raisingBreaks}
              />
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
