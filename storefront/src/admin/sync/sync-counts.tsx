// What a sync brought in, counted the same way for one resource and for a whole run: added, changed, removed
// and skipped, as right-aligned table columns.
import type { ResourceResult, SyncRun } from '../../api/types.ts';
import type { Column } from '../../ui/data-table.tsx';
import { formatNumber } from '../../ui/format.ts';

interface Counts {
  added: number;
  changed: number;
  removed: number;
  skipped: number;
}

export const COUNT_COLUMNS: readonly Column[] = ['Added', 'Changed', 'Removed', 'Skipped'].map((heading) => ({
  heading,
  num: true,
}));

export const resourceCounts = (r: ResourceResult): Counts => ({ ...r, skipped: r.skipped.length });

/** A run's counts: its resources' summed. */
export const runCounts = (run: SyncRun): Counts =>
  run.resources.map(resourceCounts).reduce(
    (sum, c) => ({
      added: sum.added + c.added,
      changed: sum.changed + c.changed,
      removed: sum.removed + c.removed,
      skipped: sum.skipped + c.skipped,
    }),
    { added: 0, changed: 0, removed: 0, skipped: 0 },
  );

/** The cells under COUNT_COLUMNS. */
export function CountCells({ counts }: { counts: Counts }) {
  return (
    <>
      <td class="num">{formatNumber(counts.added)}</td>
      <td class="num">{formatNumber(counts.changed)}</td>
      <td class="num">{formatNumber(counts.removed)}</td>
      <td class="num">{formatNumber(counts.skipped)}</td>
    </>
  );
}
