// B1: when each resource last synced successfully (from the sync status's cursors), so an admin sees at once
// which data is old when a resource keeps failing while the others succeed.
import type { SyncStatus } from '../../api/types.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { RESOURCE_LABELS } from './sync-labels.ts';

export function SyncFreshness({ cursors }: { cursors: SyncStatus['cursors'] }) {
  return (
    <section class="card" aria-labelledby="sync-freshness">
      <h2 id="sync-freshness">Last successful sync per resource</h2>
      <DataTable
        columns={['Resource', 'Last succeeded']}
        rows={cursors}
        rowKey={(cursor) => cursor.resource}
        cells={(cursor) => (
          <>
            <th scope="row">{RESOURCE_LABELS[cursor.resource]}</th>
            <td>{cursor.lastSucceededAt ? formatDateTime(cursor.lastSucceededAt) : 'Never'}</td>
          </>
        )}
      />
    </section>
  );
}
