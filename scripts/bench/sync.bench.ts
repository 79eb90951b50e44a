// Benchmarks the gateway's sync of a store from the mock's `large` seed against the mock serving its pages.
// Each round: on PostgreSQL, then on the embedded PGlite, a fresh engine process does a first full sync and a
// no-change incremental one (time, Unleashed calls per resource, peak memory), then a bare client loop fetches
// the pages of that first sync (the baseline); the mock runs in its own child process. `npm run bench:sync`;
// env: MOCK_UNLEASHED_LARGE_PRODUCTS (default 20000), MOCK_UNLEASHED_LARGE_CUSTOMERS (5000), BENCH_SYNC_ROUNDS
// (2; the tables use each backend's fastest round), BENCH_CPU_PROF=1 (profile the mock and the engines).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSizes, wholeNumber } from './common.ts';
import { cpuSecondsOf, type RunningServer, startServe } from './servers.ts';
import { type BackendKind, machineBusySeconds } from './sync-common.ts';
import {
  type Baseline,
  clearCalls,
  coldMock,
  fetchPages,
  listCalls,
  mockCounts,
  secondsBetween,
  startWorker,
} from './sync-mock.ts';
import { type BackendRun, printSyncReport } from './sync-report.ts';

// This bench's default sizes (the mock's own `large` defaults are bigger); serve.ts reads them from the env.
process.env.MOCK_UNLEASHED_LARGE_PRODUCTS ||= '20000';
process.env.MOCK_UNLEASHED_LARGE_CUSTOMERS ||= '5000';
const sizes = seedSizes();
const rounds = wholeNumber('BENCH_SYNC_ROUNDS', 2, 1);
const BACKENDS: BackendKind[] = ['postgres', 'pglite'];
const MIN_CONTACTS = 10_000;

const tmp = mkdtempSync(join(tmpdir(), 'bench-sync-'));
const profileDir = process.env.BENCH_CPU_PROF ? join(tmp, 'cpu-prof') : undefined;
const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const runs: BackendRun[] = [];
let warm: Baseline | undefined;
let mock: RunningServer | undefined;

/**
 * One round of one backend: a fresh engine process syncs a new store in full against a cold mock, then again
 * (nothing changed); right after, the baseline fetches the pages of that first sync from a cold mock too.
 */
async function syncAndBaseline(server: RunningServer, kind: BackendKind, round: number): Promise<BackendRun> {
  await coldMock(server.url);
  await clearCalls(server.url);
  const dataDir = kind === 'pglite' ? join(tmp, `pglite-${round}`) : undefined;
  const worker = await startWorker(kind, server.url, dataDir, profile);
  try {
    process.stdout.write(`\nround ${round}, ${kind}: first full sync… `);
    const mockBefore = cpuSecondsOf(server.pid);
    const machineBefore = machineBusySeconds();
    const mainBefore = process.cpuUsage();
    const first = await worker.sync('first');
    const main = process.cpuUsage(mainBefore);
    const cpu = {
      own: first.cpuMs / 1000 + (main.user + main.system) / 1e6,
      mock: secondsBetween(mockBefore, cpuSecondsOf(server.pid)),
      machine: secondsBetween(machineBefore, machineBusySeconds()),
    };
    const firstCalls = await listCalls(server.url);
    process.stdout.write(`${(first.ms / 1000).toFixed(2)} s; incremental… `);
    await clearCalls(server.url);
    const incremental = await worker.sync('incremental');
    const incrementalCalls = await listCalls(server.url);
    process.stdout.write(`${(incremental.ms / 1000).toFixed(2)} s; baseline… `);
    await worker.stop();
    await coldMock(server.url);
    const baseline = await fetchPages(server.url, server.pid, firstCalls);
    console.log(`${(baseline.ms / 1000).toFixed(2)} s`);
    return { kind, round, first, incremental, firstCalls, incrementalCalls, cpu, baseline };
  } finally {
    await worker.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(
  `bench:sync — ${sizes.products} products, ${sizes.customers} customers, Node ${process.version}, ` +
    `${rounds} rounds, ${availableParallelism()} CPUs, load average ${load()} (1, 5, 15 min)\n`,
);

try {
  if (profileDir) mkdirSync(profileDir);
  const started = await startServe(['mock'], profile);
  mock = started;
  const seed = started.seed!;
  const counts = await mockCounts(started.url);
  console.log(
    `generateSeed('large', { products: ${seed.products}, customers: ${seed.customers} }): ` +
      `${(seed.ms / 1000).toFixed(2)} s, JSON ${mb(seed.jsonBytes)}\n` +
      `the mock holds ${counts.products} products, ${counts.customers} customers, ${counts.contacts} contacts, ` +
      `${counts.productPrices} product price rows, ${counts.stockRecords} stock records, ${counts.warehouses} warehouses`,
  );
  if (counts.contacts < MIN_CONTACTS)
    console.log(`WARNING: ${counts.contacts} contacts, fewer than the ${MIN_CONTACTS} the bench asks for.`);

  for (let round = 1; round <= rounds; round++) {
    for (const kind of BACKENDS) {
      runs.push(await syncAndBaseline(started, kind, round));
    }
  }
  // The same pages once more, the mock's page cache now warm (the last baseline filled it): what is left is
  // the HTTP transfer and the client's JSON.parse.
  process.stdout.write('\nbaseline with the mock warm… ');
  warm = await fetchPages(started.url, started.pid, runs.at(-1)!.firstCalls);
  console.log(`${(warm.ms / 1000).toFixed(2)} s`);
} finally {
  await mock?.stop();
  if (profileDir) console.log(`CPU profiles (mock and engines): ${profileDir}`);
  else rmSync(tmp, { recursive: true, force: true });
}

if (!printSyncReport(runs, warm!)) process.exitCode = 1;
console.log(
  `load average at the end: ${load()} (the bench itself adds about 1–2; more means other work competed for the CPUs)`,
);
