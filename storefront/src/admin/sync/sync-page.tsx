// The store's sync (B1): the run in progress (polled every 2 s while it runs), the last finished run with
// per-resource results and skipped items, the next scheduled run, "Sync now", the store's Unleashed webhooks,
// each resource's last successful sync, and the recent runs.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../../api/client.ts';
import type { Problem, Store, SyncRun, SyncStatus } from '../../api/types.ts';
import { Loading, PageTitle, ProblemNote } from '../../ui/components.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Fact } from '../../ui/fact.tsx';
import { formatDateTime, formatDuration } from '../../ui/format.ts';
import { useLoad } from '../../ui/use-load.ts';
import { COUNT_COLUMNS, CountCells, runCounts } from './sync-counts.tsx';
import { SyncFreshness } from './sync-freshness.tsx';
import { STATUS_LABELS, TRIGGERS } from './sync-labels.ts';
import { ResourceResults, RunFacts, RunProgress, RunStatusBadge } from './sync-run.tsx';
import { WebhooksCard } from './sync-webhooks.tsx';

const POLL_MS = 2000;

export function SyncPage({ store }: { store: Store }) {
  const storeId = store.id;
  const [status, setStatus] = useState<SyncStatus>();
  const [loadProblem, setLoadProblem] = useState<Problem>();
  const [startProblem, setStartProblem] = useState<Problem>();
  const [starting, setStarting] = useState(false);
  const [watch, setWatch] = useState(0);

  // Reads the status; while a run is going, reads it again every POLL_MS until it has finished.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      const { data, error } = await api.GET('/admin/stores/{storeId}/sync', {
        params: { path: { storeId } },
      });
      if (stopped) return;
      setLoadProblem(error);
      if (data) setStatus(data);
      if (data?.running) timer = setTimeout(refresh, POLL_MS);
      // "Already running" is stale once that run has finished.
      else if (data) setStartProblem((problem) => (problem?.status === 409 ? undefined : problem));
    };
    refresh();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [storeId, watch]);

  const lastRunId = status?.lastRun?.id;
  const runs = useLoad(
    () =>
      api.GET('/admin/stores/{storeId}/sync/runs', { params: { path: { storeId }, query: { limit: 10 } } }),
    [storeId, lastRunId],
  );

  const syncNow = async () => {
    setStarting(true);
    setStartProblem(undefined);
    const { data, error } = await api.POST('/admin/stores/{storeId}/sync', { params: { path: { storeId } } });
    setStarting(false);
    if (error) setStartProblem(error);
    if (data) setStatus((previous) => previous && { ...previous, running: data });
    setWatch((n) => n + 1);
  };

  if (!status) {
    return (
      <section>
        <PageTitle>Sync</PageTitle>
        {loadProblem ? (
          <ProblemNote problem={loadProblem} onRetry={() => setWatch((n) => n + 1)} />
        ) : (
          <Loading label="Loading the sync status…" />
        )}
      </section>
    );
  }

  const { running, lastRun, nextRunAt } = status;
  return (
    <section class="stack">
      <PageTitle>Sync</PageTitle>
      <p class="muted lead">
        Brings products, prices, stock and customers from Unleashed into {store.name}, every{' '}
        {store.syncIntervalMinutes} minutes.
      </p>

      <div class="card sync-now">
        <dl class="facts">
          <Fact term="Next scheduled sync">{nextRunAt ? formatDateTime(nextRunAt) : 'Not scheduled'}</Fact>
          <Fact term="Last sync">
            {lastRun ? `${STATUS_LABELS[lastRun.status]}, ${formatDateTime(lastRun.finishedAt)}` : 'Never'}
          </Fact>
        </dl>
        <div class="actions">
          <button
            type="button"
            class="button primary"
            onClick={syncNow}
            disabled={starting}
            aria-describedby={startProblem ? 'sync-now-problem' : undefined}
          >
            {starting ? 'Starting…' : 'Sync now'}
          </button>
          {startProblem && <ProblemNote id="sync-now-problem" problem={startProblem} />}
        </div>
        {loadProblem && <ProblemNote problem={loadProblem} onRetry={() => setWatch((n) => n + 1)} />}
        <p class="visually-hidden" role="status">
          {running
            ? 'A sync is running.'
            : lastRun
              ? `The last sync ${STATUS_LABELS[lastRun.status].toLowerCase()}.`
              : ''}
        </p>
      </div>

      <WebhooksCard storeId={storeId} />

      {running && (
        <section class="card" aria-labelledby="sync-running">
          <h2 id="sync-running">
            Sync in progress <RunStatusBadge status="running" />
          </h2>
          <RunProgress run={running} />
        </section>
      )}

      <section class="card" aria-labelledby="sync-last">
        <h2 id="sync-last">Last sync</h2>
        {lastRun ? (
          <>
            <RunFacts run={lastRun} />
            <ResourceResults run={lastRun} />
          </>
        ) : (
          <p class="muted">No sync has finished yet. Press “Sync now” to run the first one.</p>
        )}
      </section>

      {status.cursors.length > 0 && <SyncFreshness cursors={status.cursors} />}

      <section class="card" aria-labelledby="sync-recent">
        <h2 id="sync-recent">Recent syncs</h2>
        {runs.state === 'loading' && <Loading label="Loading recent syncs…" />}
        {runs.state === 'failed' && <ProblemNote problem={runs.problem} onRetry={runs.reload} />}
        {runs.state === 'ready' && <RecentRuns runs={runs.data.items} />}
      </section>
    </section>
  );
}

function RecentRuns({ runs }: { runs: SyncRun[] }) {
  if (runs.length === 0) return <p class="muted">No syncs yet.</p>;
  return (
    <DataTable
      columns={['Started', 'Started by', 'Status', { heading: 'Took', num: true }, ...COUNT_COLUMNS]}
      rows={runs}
      rowKey={(run) => run.id}
      cells={(run) => (
        <>
          <td>{formatDateTime(run.startedAt)}</td>
          <td>{TRIGGERS[run.trigger]}</td>
          <td>
            <RunStatusBadge status={run.status} />
          </td>
          <td class="num">{formatDuration(run.startedAt, run.finishedAt)}</td>
          <CountCells counts={runCounts(run)} />
        </>
      )}
    />
  );
}
