// Benchmarks GET /Products pages of the mock Unleashed against Prism serving a same-sized static example.
// Every server runs in its own child process on loopback; autocannon runs in this one. `npm run bench:mock`;
// env: BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (10), BENCH_WARMUP (s, 2), MOCK_UNLEASHED_LARGE_PRODUCTS
// (50000), MOCK_UNLEASHED_LARGE_CUSTOMERS (10000), BENCH_CPU_PROF=1 (profile the mock; keeps the temp dir).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadSettings, signedHeaders } from './common.ts';
import { type CaseResult, checkPage, runCase } from './load.ts';
import { specDir, writePrismSpec } from './prism-spec.ts';
import { printReport } from './report.ts';
import { type RunningServer, startPrism, startServe } from './servers.ts';

const SIZES = [200, 1000] as const;
const settings = loadSettings();
const pathOf = (size: number) => `/Products?pageSize=${size}`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const profileDir = process.env.BENCH_CPU_PROF ? join(specDir(), 'cpu-prof') : undefined;
const servers: RunningServer[] = [];
const results: CaseResult[] = [];

console.log(
  `bench:mock — ${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s per case, ` +
    `Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(2)}\n`,
);

try {
  // The mock, production path: signature check and request validation on, response validation off.
  if (profileDir) mkdirSync(profileDir);
  const mock = await startServe(['mock'], profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []);
  servers.push(mock);
  const seed = mock.seed!;
  console.log(
    `generateSeed('large', { products: ${seed.products}, customers: ${seed.customers} }): ` +
      `${(seed.ms / 1000).toFixed(2)} s, JSON ${mb(seed.jsonBytes)}`,
  );
  const pages = new Map<number, unknown>();
  for (const size of SIZES) {
    const { body, bytes } = await checkPage(mock.url + pathOf(size), signedHeaders(pathOf(size)), size);
    pages.set(size, body);
    console.log(`page of ${size}: ${(bytes / 1024).toFixed(0)} KB of JSON`);
  }

  // The floor (plain Express, res.json(page) per request, nothing checked) and one Prism per page size, whose
  // spec has that page as the static example. All start now and idle, so each pair of cases runs back to back.
  const pageFile = join(specDir(), 'page-200.json');
  writeFileSync(pageFile, JSON.stringify(pages.get(200)));
  const [baseline, ...prisms] = await Promise.all([
    startServe(['baseline', pageFile]),
    ...SIZES.map((size) =>
      startPrism(writePrismSpec(String(size), pages.get(size)), pathOf(size), signedHeaders(pathOf(size))),
    ),
  ]);
  servers.push(baseline!, ...prisms);

  const cases: [string, RunningServer, number][] = [
    ['mock 200', mock, 200],
    ['prism 200', prisms[0]!, 200],
    ['express 200', baseline!, 200],
    ['mock 1000', mock, 1000],
    ['prism 1000', prisms[1]!, 1000],
  ];
  for (const [name, server, size] of cases) {
    const headers = signedHeaders(pathOf(size));
    await checkPage(server.url + pathOf(size), headers, size);
    results.push(await runCase(name, server.url + pathOf(size), headers, server.pid, settings));
  }
} finally {
  await Promise.all(servers.map((server) => server.stop()));
  if (profileDir) console.log(`mock CPU profile: ${profileDir}`);
  else rmSync(specDir(), { recursive: true, force: true });
}

if (!printReport(results)) process.exitCode = 1;
console.log(
  `load average at the end: ${loadavg()[0]!.toFixed(2)} (the bench itself adds about 2; more means other work competed for the CPUs)`,
);
