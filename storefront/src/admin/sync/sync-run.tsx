// One sync run as the admin reads it: what each resource added, changed and removed, the Unleashed calls it
// made, and the items it skipped with the reason (collapsible: a plan limit can skip hundreds).
import type { ResourceResult, SkippedItem, SyncRun } from '../../api/types.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Fact } from '../../ui/fact.tsx';
import { formatDateTime, formatDuration, formatNumber } from '../../ui/format.ts';
import { COUNT_COLUMNS, CountCells, resourceCounts } from './sync-counts.tsx';
import { RESOURCE_LABELS, SKIP_REASONS, STATUS_LABELS, TRIGGERS } from './sync-labels.ts';

export function RunStatusBadge({ status }: { status: SyncRun['status'] | ResourceResult['status'] }) {
  return <span class={`badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}

/** Start, end, trigger and error of a run, as a definition list. */
export function RunFacts({ run }: { run: SyncRun }) {
  return (
    <dl class="facts">
      <Fact term="Status">
        <RunStatusBadge status={run.status} />
      </Fact>
      <Fact term="Started">{formatDateTime(run.startedAt)}</Fact>
      <Fact term="Finished">{run.finishedAt ? formatDateTime(run.finishedAt) : 'Not yet'}</Fact>
      <Fact term="Took">{formatDuration(run.startedAt, run.finishedAt)}</Fact>
      <Fact term="Started by">{TRIGGERS[run.trigger]}</Fact>
      {run.error && (
        <Fact term="Error" wide valueClass="error-text">
          {run.error}
        </Fact>
      )}
    </dl>
  );
}

/** Per-resource counts of a finished run, then its skipped items grouped by resource. */
export function ResourceResults({ run }: { run: SyncRun }) {
  const withSkips = run.resources.filter((r) => r.skipped.length > 0);
  return (
    <>
      <DataTable
        caption="What each resource brought in"
        columns={['Resource', 'Status', ...COUNT_COLUMNS, { heading: 'Unleashed calls', num: true }]}
        rows={run.resources}
        rowKey={(r) => r.resource}
        cells={(r) => (
          <>
            <th scope="row">
              {RESOURCE_LABELS[r.resource]}
              {r.error && <span class="error-text block">{r.error}</span>}
            </th>
            <td>
              <RunStatusBadge status={r.status} />
            </td>
            <CountCells counts={resourceCounts(r)} />
            <td class="num">{formatNumber(r.calls)}</td>
          </>
        )}
      />
      {withSkips.map((r) => (
        <SkippedList key={r.resource} result={r} />
      ))}
    </>
  );
}

function SkippedList({ result }: { result: ResourceResult }) {
  const counts = new Map<SkippedItem['reason'], number>();
  for (const item of result.skipped) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1);
  const summary = [...counts].map(([reason, n]) => `${n} × ${SKIP_REASONS[reason]}`).join(', ');
  return (
    <details class="skipped">
      <summary>
        {RESOURCE_LABELS[result.resource]}: {formatNumber(result.skipped.length)} skipped
        <span class="muted"> ({summary})</span>
      </summary>
      <DataTable
        columns={['Item', 'Reason', 'Detail']}
        rows={result.skipped}
        rowKey={(item, index) => `${item.key}-${index}`}
        cells={(item) => (
          <>
            <td>
              <code>{item.key}</code>
            </td>
            <td>{SKIP_REASONS[item.reason]}</td>
            <td>{item.detail}</td>
          </>
        )}
      />
    </details>
  );
}

/** The progress of a running run, resource by resource (pages done of pages known). */
export function RunProgress({ run }: { run: SyncRun }) {
  const done = run.resources.filter((r) => r.status !== 'pending' && r.status !== 'running').length;
  return (
    <div class="progress-block">
      <p>
        <strong>
          {done} of {run.resources.length}
        </strong>{' '}
        resources done · started {formatDateTime(run.startedAt)}
      </p>
      <ul class="progress-list">
        {run.resources.map((r) => {
          const id = `progress-${r.resource}`;
          const pages =
            r.pagesTotal != null
              ? `${r.pagesDone ?? 0} of ${r.pagesTotal} pages`
              : r.pagesDone
                ? `${r.pagesDone} pages`
                : '';
          return (
            <li key={r.resource}>
              <span id={id} class="progress-label">
                {RESOURCE_LABELS[r.resource]}
              </span>
              {r.status === 'running' ? (
                <progress
                  aria-labelledby={id}
                  max={r.pagesTotal ?? undefined}
                  value={r.pagesTotal != null ? (r.pagesDone ?? 0) : undefined}
                />
              ) : (
                <RunStatusBadge status={r.status} />
              )}
              <span class="muted">{pages}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
