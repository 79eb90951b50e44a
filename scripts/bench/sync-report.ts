// Prints the sync bench's tables and its targets met or missed; false when a sync or the baseline was not valid.
import { SYNC_ORDER, type SyncResource } from '../../gateway/src/sync/sync.types.ts';
import {
  type CpuSeconds,
  groupOfCall,
  type MockCall,
  otherWork,
  resourceOfCall,
  type SyncMeasure,
} from './sync-common.ts';
import type { Baseline } from './sync-mock.ts';

export interface BackendRun {
  kind: string;
  round: number;
  first: SyncMeasure;
  incremental: SyncMeasure;
  /** The mock's call log during each sync. */
  firstCalls: MockCall[];
  incrementalCalls: MockCall[];
  /** CPU seconds during the first sync: the engine (and this process), the mock, the machine. */
  cpu: CpuSeconds;
  /** The pages of this first sync fetched by the bare client loop right after it, the mock cold again. */
  baseline: Baseline;
}

const PAGE = 1000;
const RATIO_TARGET = 2;
/** Resources whose calls depend on the store's own orders; a new store has none, so nothing to ask. */
const ORDER_RESOURCES: readonly SyncResource[] = ['orderPush', 'orderStatus'];

const s = (ms: number | undefined) => (ms === undefined ? '—' : (ms / 1000).toFixed(2));
const sec = (seconds: number | undefined) => (seconds === undefined ? '?' : seconds.toFixed(2));
const mb = (bytes: number | undefined) => (bytes === undefined ? '—' : (bytes / 1024 / 1024).toFixed(0));
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const busy = (cpu: CpuSeconds) => (cpu.mock === undefined ? undefined : cpu.own + cpu.mock);
const fastest = <T>(items: T[], ms: (item: T) => number) =>
  items.reduce((best, item) => (ms(item) < ms(best) ? item : best));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Prints rows under headers: the first column left-aligned, the others right-aligned. */
function table(headers: string[], rows: string[][]): void {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  console.log(line(headers));
  for (const row of rows) console.log(line(row));
}

/** Calls of a log per row name ("products", "stock MAIN", …). */
function countByGroup(calls: MockCall[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(groupOfCall(call), (counts.get(groupOfCall(call)) ?? 0) + 1);
  return counts;
}

const stockGroups = (groups: Iterable<string>) => [...groups].filter((g) => g.startsWith('stock ')).sort();
const groupsOf = (resource: SyncResource, baseline: Baseline) =>
  resource === 'stock' ? stockGroups(baseline.byGroup.keys()) : [resource];

interface Minimum {
  /** Records the mock holds for what the gateway asks; undefined when the bench could not tell. */
  records: number | undefined;
  calls: number | undefined;
  /** Per warehouse for stock, as "MAIN 20000 + NORTH 18000". */
  detail: string;
}

/** ⌈N/1000⌉ per resource (per warehouse for stock, summed), N read from the first page of each list. */
function minimumOf(resource: SyncResource, baseline: Baseline): Minimum {
  const groups = groupsOf(resource, baseline);
  const found = groups.map((g) => baseline.byGroup.get(g));
  if (found.every((g) => g === undefined) && ORDER_RESOURCES.includes(resource))
    return { records: 0, calls: 0, detail: 'no store orders' };
  if (found.some((g) => g?.total === undefined)) return { records: undefined, calls: undefined, detail: '' };
  const totals = found.map((g) => g!.total!);
  return {
    records: totals.reduce((a, b) => a + b, 0),
    calls: totals.reduce((sum, total) => sum + Math.max(1, Math.ceil(total / PAGE)), 0),
    detail: resource === 'stock' ? groups.map((g, i) => `${g.slice(6)} ${totals[i]}`).join(' + ') : '',
  };
}

const callCount = (run: SyncMeasure, resource: SyncResource) =>
  run.run.resources.find((r) => r.resource === resource)?.calls ?? 0;

/** A resource's calls in a run: the engine's count, split by warehouse (from the mock's log) for stock. */
function callsOf(run: SyncMeasure, calls: MockCall[], resource: SyncResource): string {
  const engine = callCount(run, resource);
  if (resource !== 'stock') return String(engine);
  const byGroup = countByGroup(calls);
  const parts = stockGroups(byGroup.keys()).map((g) => String(byGroup.get(g)));
  return parts.length > 1 ? `${engine} (${parts.join('+')})` : String(engine);
}

/** A resource's time in a run, with the mock's own share of it (the sum of its call durations): "4.61 (4.20)". */
function timeOf(run: SyncMeasure, calls: MockCall[], resource: SyncResource): string {
  const mockMs = calls
    .filter((call) => resourceOfCall(call) === resource)
    .reduce((sum, call) => sum + call.durationMs, 0);
  return `${s(run.resourceMs[resource])} (${s(mockMs)})`;
}

const engineCalls = (run: SyncMeasure) => run.run.resources.reduce((sum, r) => sum + r.calls, 0);
const urlsOf = (calls: MockCall[]) =>
  calls.map((call) => `${call.method} ${call.path}?${call.query}`).join('\n');

/** Problems that make a run not valid: a sync that did not succeed, answers other than 200, miscounted calls. */
function problemsOf(run: BackendRun): string[] {
  const problems: string[] = [];
  const name = `round ${run.round} ${run.kind}`;
  for (const [phase, measure, calls] of [
    ['first', run.first, run.firstCalls],
    ['incremental', run.incremental, run.incrementalCalls],
  ] as const) {
    if (measure.run.status !== 'succeeded')
      problems.push(`${name} ${phase} sync ${measure.run.status}: ${measure.run.error}`);
    const bad = calls.filter((call) => call.status !== 200);
    if (bad.length > 0) problems.push(`${name} ${phase}: ${bad.length} answers other than 200`);
    if (engineCalls(measure) !== calls.length)
      problems.push(
        `${name} ${phase}: the engine counted ${engineCalls(measure)} calls, the mock logged ${calls.length}`,
      );
    const strays = calls.filter((call) => resourceOfCall(call) === undefined);
    if (strays.length > 0) problems.push(`${name} ${phase}: ${strays.length} calls of no known resource`);
  }
  problems.push(...run.baseline.problems.map((problem) => `${name} baseline: ${problem}`));
  return problems;
}

export function printSyncReport(runs: BackendRun[], warm: Baseline): boolean {
  const kinds = [...new Set(runs.map((run) => run.kind))];
  const best = kinds.map((kind) =>
    fastest(
      runs.filter((run) => run.kind === kind),
      (run) => run.first.ms,
    ),
  );
  const cold = fastest(
    runs.map((run) => run.baseline),
    (baseline) => baseline.ms,
  );
  const minimums = new Map(SYNC_ORDER.map((resource) => [resource, minimumOf(resource, cold)]));
  const cpuRatio = (run: BackendRun) => {
    const sync = busy(run.cpu);
    const base = busy(run.baseline.cpu);
    return sync === undefined || base === undefined ? undefined : sync / base;
  };

  console.log('\nEvery round: first full sync, then the baseline over its pages (mock cold for both)');
  table(
    [
      'round',
      'backend',
      'sync s',
      'baseline s',
      '÷ wall',
      '÷ CPU',
      'sync CPU s',
      'mock CPU s',
      'other work CPU s',
      'incremental s',
    ],
    runs.map((run) => [
      String(run.round),
      run.kind,
      s(run.first.ms),
      s(run.baseline.ms),
      `${(run.first.ms / run.baseline.ms).toFixed(2)}×`,
      `${cpuRatio(run)?.toFixed(2) ?? '?'}×`,
      sec(run.cpu.own),
      sec(run.cpu.mock),
      `${sec(otherWork(run.cpu))} / ${sec(otherWork(run.baseline.cpu))}`,
      s(run.incremental.ms),
    ]),
  );
  console.log(
    '(÷ CPU: CPU seconds of the engine + the mock during the sync over those of the client loop + the mock during\n' +
      ' the baseline, a ratio other work on the machine hardly moves. other work: CPU seconds the rest of the\n' +
      ' machine used meanwhile (sync / baseline), from /proc/stat; 2 CPUs give 2 CPU seconds a second.)',
  );

  console.log(
    '\nFirst full sync of a store (warehouses MAIN and NORTH): fastest round of each backend and baseline',
  );
  table(
    [
      '',
      'wall s',
      '÷ baseline',
      'CPU s',
      'mock CPU s',
      'mock serve s',
      'other work CPU s',
      'calls',
      'MB JSON',
    ],
    [
      ...best.map((run) => [
        `sync, ${run.kind} (round ${run.round})`,
        s(run.first.ms),
        `${(run.first.ms / cold.ms).toFixed(2)}×`,
        sec(run.cpu.own),
        sec(run.cpu.mock),
        s(run.firstCalls.reduce((sum, call) => sum + call.durationMs, 0)),
        sec(otherWork(run.cpu)),
        String(engineCalls(run.first)),
        '',
      ]),
      ...(
        [
          ['baseline, mock cold', cold],
          ['baseline, mock warm', warm],
        ] as const
      ).map(([name, base]) => [
        name,
        s(base.ms),
        '',
        sec(base.cpu.own),
        sec(base.cpu.mock),
        s(base.mockServeMs),
        sec(otherWork(base.cpu)),
        String(base.calls),
        mb(base.bytes),
      ]),
    ],
  );
  console.log(
    '(CPU s: the engine process, or the client loop for the baselines. mock serve s: the sum of the mock call\n' +
      " durations in its own call log. mock warm: every page already in the mock's page cache.)",
  );

  console.log('\nMemory of the engine process during the first sync (MB; one value per round)');
  const perRound = (kind: string, value: (run: BackendRun) => string) =>
    runs
      .filter((run) => run.kind === kind)
      .map(value)
      .join(' / ');
  table(
    ['', 'peak RSS', 'RSS before', 'peak heap used', 'heap before', 'PGlite files'],
    kinds.map((kind) => [
      kind,
      perRound(kind, (run) => mb(run.first.peakRss)),
      perRound(kind, (run) => mb(run.first.rssBefore)),
      perRound(kind, (run) => mb(run.first.peakHeapUsed)),
      perRound(kind, (run) => mb(run.first.heapBefore)),
      perRound(kind, (run) => mb(run.first.diskBytes)),
    ]),
  );
  console.log(
    '(peak RSS: the kernel high-water mark of the process (a fresh one per round); heap sampled every 10 ms and\n' +
      ' after every page; "before": the engine built, before the sync)',
  );

  console.log(
    '\nFirst full sync per resource (fastest rounds): N records the mock holds for what the gateway asks, min = ⌈N/1000⌉',
  );
  table(
    [
      'resource',
      'N',
      'min',
      ...best.map((run) => `calls ${run.kind}`),
      'fetched',
      'added',
      'skipped',
      ...best.map((run) => `s ${run.kind}`),
      's baseline',
    ],
    SYNC_ORDER.map((resource) => {
      const min = minimums.get(resource)!;
      const groups = groupsOf(resource, cold);
      const fetched = groups.reduce((sum, g) => sum + (cold.byGroup.get(g)?.items ?? 0), 0);
      const baseMs = groups.reduce((sum, g) => sum + (cold.byGroup.get(g)?.ms ?? 0), 0);
      const result = best[0]?.first.run.resources.find((r) => r.resource === resource);
      return [
        resource,
        min.records === undefined ? '?' : String(min.records),
        min.calls === undefined ? '?' : String(min.calls),
        ...best.map((run) => callsOf(run.first, run.firstCalls, resource)),
        String(fetched),
        String(result?.added ?? '?'),
        String(result?.skipped.length ?? '?'),
        ...best.map((run) => timeOf(run.first, run.firstCalls, resource)),
        s(baseMs),
      ];
    }),
  );
  console.log(
    `(stock: N = ${minimums.get('stock')!.detail || '?'}; calls "total (per warehouse)". fetched: records in ` +
      'the pages fetched,\n overlaps included. added/skipped: the PostgreSQL run; the customers pass counts its ' +
      "contacts in added too.\n s: wall time of the pass, in brackets the mock's own share (the sum of its call " +
      'durations);\n s baseline: the client loop over the same pages.)',
  );

  console.log(
    '\nNo-change incremental sync right after (target: one call per resource, one per warehouse for stock)',
  );
  table(
    [
      'resource',
      'target',
      ...best.map((run) => `calls ${run.kind}`),
      ...best.map((run) => `s ${run.kind}`),
      'added/changed/removed',
    ],
    SYNC_ORDER.map((resource) => [
      resource,
      String(ORDER_RESOURCES.includes(resource) ? 0 : resource === 'stock' ? 2 : 1),
      ...best.map((run) => callsOf(run.incremental, run.incrementalCalls, resource)),
      ...best.map((run) => timeOf(run.incremental, run.incrementalCalls, resource)),
      best
        .map((run) => {
          const r = run.incremental.run.resources.find((x) => x.resource === resource);
          return r ? `${r.added}/${r.changed}/${r.removed}` : '?';
        })
        .join(' · '),
    ]),
  );
  table(
    ['', 'wall s', 'calls'],
    best.map((run) => [
      `${run.kind} (round ${run.round})`,
      s(run.incremental.ms),
      String(engineCalls(run.incremental)),
    ]),
  );

  console.log('\nTargets');
  for (const run of best) {
    const over = SYNC_ORDER.flatMap((resource) => {
      const min = minimums.get(resource)!.calls;
      const calls = callCount(run.first, resource);
      return min === undefined || calls > min ? [`${resource} ${calls} vs ${min ?? '?'}`] : [];
    });
    console.log(
      `${run.kind}: first sync calls at the minimum ⌈N/1000⌉ per resource: ${verdict(over.length === 0)}` +
        (over.length ? ` (${over.join(', ')})` : ''),
    );
    const incrementalOver = SYNC_ORDER.flatMap((resource) => {
      const target = ORDER_RESOURCES.includes(resource) ? 0 : resource === 'stock' ? 2 : 1;
      const calls = callCount(run.incremental, resource);
      return calls > target ? [`${resource} ${calls} vs ${target}`] : [];
    });
    console.log(
      `${run.kind}: incremental sync one call per resource (stock one per warehouse): ` +
        verdict(incrementalOver.length === 0) +
        (incrementalOver.length ? ` (${incrementalOver.join(', ')})` : ''),
    );
    const ratio = run.first.ms / cold.ms;
    const cpu = runs
      .filter((r) => r.kind === run.kind)
      .map(cpuRatio)
      .filter((x) => x !== undefined);
    console.log(
      `${run.kind}: first sync ÷ baseline (fastest of each) ${ratio.toFixed(2)}× (target ≤ ${RATIO_TARGET}×: ` +
        `${verdict(ratio <= RATIO_TARGET)}); by CPU (median of rounds) ` +
        `${cpu.length ? `${median(cpu).toFixed(2)}×` : '?'}; ÷ warm baseline ${(run.first.ms / warm.ms).toFixed(1)}×`,
    );
  }
  const [postgres, pglite] = best;
  if (postgres && pglite)
    console.log(
      `${pglite.kind} ÷ ${postgres.kind}, first sync: ${(pglite.first.ms / postgres.first.ms).toFixed(2)}×`,
    );

  const differing = runs.filter((run) => urlsOf(run.firstCalls) !== urlsOf(runs[0]!.firstCalls));
  if (differing.length > 0)
    console.log(
      `note: the first syncs of ${differing.map((r) => `round ${r.round} ${r.kind}`).join(', ')} asked for ` +
        `other pages than round ${runs[0]!.round} ${runs[0]!.kind}`,
    );
  const problems = [...runs.flatMap(problemsOf), ...warm.problems.map((p) => `warm baseline: ${p}`)];
  if (problems.length > 0) console.log(`\nNOT VALID:\n  ${problems.join('\n  ')}`);
  return problems.length === 0;
}
