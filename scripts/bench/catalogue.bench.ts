// Benchmarks the buyer side of issue 5: (1) the buyer catalogue (a page of 50 with the buyer's prices resolved)
// on a store selling 10,000 products, under autocannon, against a bare Express handler serving the same page
// precomputed in memory, measured in the same run; (2) order placement latency with 1,000 vs 100,000 orders
// already stored, for each embedded storage. Servers run in child processes; autocannon runs here.
// `npm run bench:catalogue`; env: BENCH_DURATION (s, 10), BENCH_CONNECTIONS (10), BENCH_WARMUP (s, 2),
// BENCH_ROUNDS (3, gateway and bare handler alternate),
// BENCH_CATALOGUE_PRODUCTS (10000), BENCH_STORAGE (catalogue: pglite), BENCH_PLACEMENTS (100),
// BENCH_STORED_ORDERS ("1000,100000"), BENCH_PLACEMENT_STORAGES ("pglite,postgres"), BENCH_DATABASE_URL.
import { type ChildProcess, fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CatalogueReady } from './catalogue-server.ts';
import { loadSettings, wholeNumber } from './common.ts';
import { type CaseResult, runCase } from './load.ts';
import type { PlacementResult } from './placement-worker.ts';
import type { StorageKind } from './portal-setup.ts';

const settings = loadSettings();
const PAGE = '/store/products?page=1&pageSize=50';
const tmp = mkdtempSync(join(tmpdir(), 'bench-catalogue-'));
const list = (name: string, fallback: string) =>
  (process.env[name] || fallback)
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

function forkChild<T>(file: string, args: string[]): { child: ChildProcess; first: Promise<T> } {
  const child = fork(resolve(import.meta.dirname, file), args, { execArgv: ['--import', 'tsx'] });
  const first = new Promise<T>((done, fail) => {
    child.once('message', (message) => done(message as T));
    child.once('exit', (code) => fail(new Error(`${file} exited with code ${code} before answering`)));
  });
  return { child, first };
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/** A share of one core as a percentage (a server process may use more than one core). */
const cpu = (share: number | undefined) => (share === undefined ? 'n/a' : `${Math.round(share * 100)}%`);

const median = (values: number[]) => percentile(values, 50);
const rounds = wholeNumber('BENCH_ROUNDS', 3, 1);

async function catalogueCases(): Promise<void> {
  const storage = (process.env.BENCH_STORAGE || 'pglite') as StorageKind;
  const { child, first } = forkChild<CatalogueReady>('catalogue-server.ts', [
    storage,
    join(tmp, 'catalogue'),
  ]);
  try {
    const ready = await first;
    console.log(
      `catalogue: ${ready.total} buyer-visible products (${storage} storage), page of ${ready.items}; ` +
        `set up (seed, sync, all Sellable, buyer invited) in ${ready.setupSeconds.toFixed(1)} s`,
    );
    const pid = child.pid ?? -1;
    const gatewayPage = () =>
      runCase(
        'gateway',
        `http://127.0.0.1:${ready.gatewayPort}${PAGE}`,
        { Authorization: `Bearer ${ready.buyerToken}` },
        pid,
        settings,
      );
    const barePage = () =>
      runCase('bare express', `http://127.0.0.1:${ready.baselinePort}${PAGE}`, {}, pid, settings);
    // The two cases alternate for BENCH_ROUNDS rounds and the median ratio is the verdict: on a 2-CPU machine
    // one round can be off by 10% either way (a GC pause, another process).
    const results: CaseResult[] = [];
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const gateway = await gatewayPage();
      const bare = await barePage();
      results.push(gateway, bare);
      ratios.push(gateway.rps / bare.rps);
    }
    // Where the time goes: the gateway's middleware alone (request log, cookies, JSON, spec validation, routing)
    // behind a trivial handler, then with the buyer's session check as well.
    const healthz = await runCase(
      'gw /healthz',
      `http://127.0.0.1:${ready.gatewayPort}/healthz`,
      {},
      pid,
      settings,
    );
    const me = await runCase(
      'gw /store/me',
      `http://127.0.0.1:${ready.gatewayPort}/store/me`,
      { Authorization: `Bearer ${ready.buyerToken}` },
      pid,
      settings,
    );
    results.push(healthz, me);
    console.log(
      `\n${'case'.padEnd(14)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}` +
        `${'server cpu'.padStart(12)}${'client cpu'.padStart(12)}  status`,
    );
    for (const r of results) {
      console.log(
        `${r.name.padEnd(14)}${r.rps.toFixed(0).padStart(9)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}` +
          `${cpu(r.serverCpu).padStart(12)}${cpu(r.clientCpu).padStart(12)}  ` +
          (r.problems.length ? `INVALID: ${r.problems.join(', ')}` : 'all 200'),
      );
    }
    const bareRps = median(results.filter((r) => r.name === 'bare express').map((r) => r.rps));
    const ratio = median(ratios);
    const p99s = (name: string) => median(results.filter((r) => r.name === name).map((r) => r.p99));
    console.log(
      `middleware alone (/healthz) / bare handler: ${(healthz.rps / bareRps).toFixed(2)}×; ` +
        `with the session check (/store/me): ${(me.rps / bareRps).toFixed(2)}×`,
    );
    console.log(
      `gateway / bare handler, per round: ${ratios.map((r) => `${r.toFixed(2)}×`).join(', ')}; ` +
        `median req/s ${ratio.toFixed(2)}× (target ≥ 0.5×: ${ratio >= 0.5 ? 'met' : 'MISSED'}), ` +
        `median p99 ${(p99s('gateway') / p99s('bare express')).toFixed(2)}×\n`,
    );
  } finally {
    child.send('stop');
    await new Promise((done) => child.once('exit', done));
  }
}

async function placementCases(): Promise<void> {
  const placements = wholeNumber('BENCH_PLACEMENTS', 100, 5);
  const sizes = list('BENCH_STORED_ORDERS', '1000,100000').map(Number);
  console.log(`placement: ${placements} orders placed one after another (POST /store/orders latency)`);
  console.log(
    `${'storage'.padEnd(9)}${'stored'.padStart(9)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}`,
  );
  for (const storage of list('BENCH_PLACEMENT_STORAGES', 'pglite,postgres') as StorageKind[]) {
    const rows: PlacementResult[] = [];
    for (const stored of sizes) {
      const dataDir = join(tmp, `placement-${storage}-${stored}`);
      const { first } = forkChild<PlacementResult>('placement-worker.ts', [
        storage,
        String(stored),
        String(placements),
        dataDir,
      ]);
      const result = await first;
      rows.push(result);
      const l = result.latenciesMs;
      console.log(
        `${storage.padEnd(9)}${String(stored).padStart(9)}${percentile(l, 50).toFixed(1).padStart(9)}` +
          `${percentile(l, 95).toFixed(1).padStart(9)}${Math.max(...l)
            .toFixed(1)
            .padStart(9)}`,
      );
      rmSync(dataDir, { recursive: true, force: true });
    }
    const low = rows[0];
    const high = rows.at(-1);
    if (low && high && low !== high) {
      const growth = percentile(high.latenciesMs, 50) / percentile(low.latenciesMs, 50);
      const growth95 = percentile(high.latenciesMs, 95) / percentile(low.latenciesMs, 95);
      console.log(
        `${storage}: p50 grows ${growth.toFixed(2)}× from ${low.storedOrders} to ${high.storedOrders} stored orders ` +
          `(target < 1.5×: ${growth < 1.5 ? 'met' : 'MISSED'}), p95 ${growth95.toFixed(2)}×`,
      );
    }
  }
}

console.log(
  `bench:catalogue — ${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s per case, ` +
    `Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)}\n`,
);
try {
  if (process.env.BENCH_SKIP_CATALOGUE !== '1') await catalogueCases();
  if (process.env.BENCH_SKIP_PLACEMENT !== '1') await placementCases();
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(0);
