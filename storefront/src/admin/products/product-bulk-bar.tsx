// The bulk status change (R3): what is selected (some rows, or every matching product), a button per status,
// and what the change did, or why it was refused (plan limit R7, obsolete products) as a sentence.
import type { Problem, ProductStatus, ProductStatusResult } from '../../api/types.ts';
import { Notice, ProblemNote } from '../../ui/components.tsx';
import { formatNumber } from '../../ui/format.ts';
import { PRODUCT_STATUS, PRODUCT_STATUSES } from './product-status.tsx';

export interface BulkState {
  result?: ProductStatusResult;
  problem?: Problem;
  busy?: boolean;
}

export function ProductBulkBar(props: {
  selectedCount: number;
  allMatching: boolean;
  total: number | undefined;
  bulk: BulkState;
  onSelectAll: () => void;
  onClear: () => void;
  onApply: (status: ProductStatus) => void;
}) {
  const { selectedCount, allMatching, total, bulk, onSelectAll, onClear, onApply } = props;
  const { result } = bulk;
  return (
    <>
      <fieldset class="bulk-bar" aria-label="Bulk status change">
        <span>
          {allMatching && total !== undefined
            ? `All ${formatNumber(total)} matching products selected`
            : `${selectedCount} selected`}
        </span>
        {!allMatching && total !== undefined && total > 0 && (
          <button type="button" class="button secondary small" onClick={onSelectAll}>
            Select all {formatNumber(total)} matching
          </button>
        )}
        {(allMatching || selectedCount > 0) && (
          <button type="button" class="button secondary small" onClick={onClear}>
            Clear selection
          </button>
        )}
        {PRODUCT_STATUSES.map((s) => (
          <button
            key={s}
            type="button"
            class="button primary small"
            disabled={(selectedCount === 0 && !allMatching) || bulk.busy === true}
            onClick={() => onApply(s)}
          >
            Make {PRODUCT_STATUS[s]}
          </button>
        ))}
      </fieldset>
      {bulk.problem && <ProblemNote problem={bulk.problem} />}
      {result && (
        <Notice>
          {formatNumber(result.changed)} products made {PRODUCT_STATUS[result.status]}
          {result.unchanged > 0 && ` (${formatNumber(result.unchanged)} already were)`}.{' '}
          {!!result.skippedObsolete &&
            `${formatNumber(result.skippedObsolete)} obsolete in Unleashed were left as they were. `}
          {formatNumber(result.listed)}
          {result.limit !== null && ` of ${formatNumber(result.limit)}`} products are now shown to buyers.
        </Notice>
      )}
    </>
  );
}
