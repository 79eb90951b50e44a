// Benchmarks GET /Products pages of the mock Unleashed against Prism serving a same-sized static example.
// Every server runs in its own child process on loopback; autocannon runs in this one. `npm run bench:mock`;
// env: BENCH_DURATION (s, default 10), BENCH_CONNECTIONS (10), BENCH_WARMUP (s, 2), MOCK_UNLEASHED_LARGE_PRODUCTS
// (50000), MOCK_UNLEASHED_LARGE_CUSTOMERS (10000), BENCH_CPU_PROF=1 (profile the mock; keeps the temp dir).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { loadSettings, signedHeaders } from './common.ts';
import { type CaseResult, checkPage, runCase } from './load.ts';
import { specDir, writePrismSpec } from './prism-spec.ts';
import { startPrism, startServe } from './servers.ts';

const SIZES = [200, 1000] as const;
const TARGETS: Record<number, { rps: number; p99?: number }> = {
  200: { rps: 5, p99: 0.3 },
  1000: { rps: 4 },
};
const settings = loadSettings();
const results = new Map<string, CaseResult>();
const pathOf = (size: number) => `/Products?pageSize=${size}`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

console.log(
  `bench:mock — ${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s per case, ` +
    `Node ${process.version}, ${availableParallelism()} CPUs\n`,
);

try {
  // 1. The mock, production path: signature check and request validation on, response validation off.
  const profileDir = process.env.BENCH_CPU_PROF ? join(specDir(), 'cpu-prof') : undefined;
  if (profileDir) mkdirSync(profileDir);
  const mock = await startServe(['mock'], profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []);
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
  for (const size of SIZES) {
    const name = `mock ${size}`;
    results.set(
      name,
      await runCase(name, mock.url + pathOf(size), signedHeaders(pathOf(size)), mock.pid, settings),
    );
  }
  await mock.stop();
  if (profileDir) console.log(`mock CPU profile: ${profileDir}`);

  // 2. The floor: plain Express, res.json(page) per request, no signature, no validation.
  const pageFile = join(specDir(), 'page-200.json');
  writeFileSync(pageFile, JSON.stringify(pages.get(200)));
  const baseline = await startServe(['baseline', pageFile]);
  await checkPage(baseline.url + pathOf(200), signedHeaders(pathOf(200)), 200);
  results.set(
    'express 200',
    await runCase(
      'express 200',
      baseline.url + pathOf(200),
      signedHeaders(pathOf(200)),
      baseline.pid,
      settings,
    ),
  );
  await baseline.stop();

  // 3. Prism, once per page size, answering the same page as its static example.
  for (const size of SIZES) {
    const headers = signedHeaders(pathOf(size));
    const prism = await startPrism(writePrismSpec(String(size), pages.get(size)), pathOf(size), headers);
    await checkPage(prism.url + pathOf(size), headers, size);
    results.set(
      `prism ${size}`,
      await runCase(`prism ${size}`, prism.url + pathOf(size), headers, prism.pid, settings),
    );
    await prism.stop();
  }
} finally {
  if (!process.env.BENCH_CPU_PROF) rmSync(specDir(), { recursive: true, force: true });
}

console.log(
  `\n${'case'.padEnd(14)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}` +
    `${'KB/resp'.padStart(9)}${'requests'.padStart(10)}${'CPU srv'.padStart(9)}${'CPU ab'.padStart(8)}  status`,
);
for (const r of results.values()) {
  const cpu = (share: number | undefined) => (share === undefined ? '?' : `${Math.round(share * 100)}%`);
  console.log(
    `${r.name.padEnd(14)}${r.rps.toFixed(0).padStart(9)}${String(r.p50).padStart(9)}${String(r.p99).padStart(9)}` +
      `${r.kbPerResponse.toFixed(0).padStart(9)}${String(r.requests).padStart(10)}${cpu(r.serverCpu).padStart(9)}` +
      `${cpu(r.clientCpu).padStart(8)}  ${r.problems.length ? `INVALID: ${r.problems.join(', ')}` : 'all 200'}`,
  );
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log('');
for (const size of SIZES) {
  const mock = results.get(`mock ${size}`);
  const prism = results.get(`prism ${size}`);
  if (!mock || !prism) continue;
  const rps = mock.rps / prism.rps;
  const p99 = mock.p99 / prism.p99;
  const target = TARGETS[size]!;
  const p99Target =
    target.p99 === undefined ? '' : ` (target ≤ ${target.p99}×: ${verdict(p99 <= target.p99)})`;
  console.log(
    `${size} items, mock/Prism: req/s ${rps.toFixed(2)}× (target ≥ ${target.rps}×: ${verdict(rps >= target.rps)}), ` +
      `p99 ${p99.toFixed(2)}×${p99Target}`,
  );
}
const floor = results.get('express 200');
const prism200 = results.get('prism 200');
const mock200 = results.get('mock 200');
if (floor && prism200 && mock200) {
  console.log(
    `200 items, plain Express/Prism: req/s ${(floor.rps / prism200.rps).toFixed(2)}×, p99 ${(floor.p99 / prism200.p99).toFixed(2)}×; ` +
      `mock/plain Express: req/s ${(mock200.rps / floor.rps).toFixed(2)}×`,
  );
}
const invalid = [...results.values()].filter((r) => r.problems.length > 0);
if (invalid.length > 0) {
  console.log(`\nNOT VALID: ${invalid.map((r) => r.name).join(', ')} had answers other than 200.`);
  process.exitCode = 1;
}
