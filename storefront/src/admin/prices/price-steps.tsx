// The unit price a customer pays at each quantity (R17a), with every quantity break that raises it above what a
// smaller quantity pays flagged by its sentence (issue 16 item 3). Shared by the explanation and the price check.
import type { PriceStep, RaisingPriceBreak } from '../../api/types.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { formatNumber } from '../../ui/format.ts';
import { formatMoney } from '../../ui/money.ts';

const range = (steps: readonly PriceStep[], index: number) => {
  const from = steps[index]?.minimumQuantity ?? 1;
  const next = steps[index + 1]?.minimumQuantity;
  if (next === undefined) return `${formatNumber(from)} or more`;
  return next - 1 === from ? formatNumber(from) : `${formatNumber(from)} to ${formatNumber(next - 1)}`;
};

export function PriceSteps(props: { label: string; steps: PriceStep[]; raising: RaisingPriceBreak[] }) {
  const { label, steps, raising } = props;
  const flagged = new Map(raising.map((r) => [r.minimumQuantity, r]));
  return (
    <div class="stack">
      <DataTable
        label={label}
        columns={['Quantity', { heading: 'Unit price', num: true }]}
        rows={steps}
        rowKey={(step) => step.minimumQuantity}
        rowAttributes={(step) => ({ class: flagged.has(step.minimumQuantity) ? 'refused' : undefined })}
        cells={(step, index) => (
          <>
            <td>{range(steps, index)}</td>
            <td class="num">
              {formatMoney(step.price)}
              {flagged.has(step.minimumQuantity) && <span class="badge status-skipped">Dearer</span>}
            </td>
          </>
        )}
      />
      {raising.map((r) => (
        <p key={r.minimumQuantity} class="problem-inline price-break-flag">
          {r.message}
        </p>
      ))}
    </div>
  );
}
