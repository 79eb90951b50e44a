// Two gateway processes on one PostgreSQL database against one (issue 12): the buyer catalogue page under
// autocannon, first all connections on one instance, then half on each (the bench balances the connections
// itself, as a round-robin proxy would). Prints req/s and latency of each case, the pair/one ratio, and each
// process's share of a core, so the 2-core bound of this machine is visible. Measured in one run.
// `npm run bench:pair`; env: BENCH_DURATION (s, 10), BENCH_CONNECTIONS (10), BENCH_WARMUP (s, 2), BENCH_DATABASE_URL.

import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_ADMIN, DEMO_BUYER } from '../../gateway/src/config.ts';
import { type GatewayProcess, startGatewayProcess } from '../../gateway/test/gateway-process.ts';
import { startMock, TEST_API_ID, TEST_API_KEY } from '../../mock-unleashed/test/harness.ts';
import { startSmtpCatcher } from '../smtp-catcher/catcher.ts';
import { loadSettings } from './common.ts';
import { cpuSecondsOf } from './servers.ts';

const PAGE = '/store/products?page=1&pageSize=50';
const settings = loadSettings();
const serverUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const database = `bench_pair_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
const databaseUrl = Object.assign(new URL(serverUrl), { pathname: `/${database}` }).toString();

async function onServer(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

const postgresPids = () => {
  try {
    return execFileSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
};
const cpuOf = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuSecondsOf(pid)]));
/** CPU seconds the postgres processes alive at both readings used in between (backends come and go). */
const pgSecondsBetween = (before: Map<number, number | undefined>, after: Map<number, number | undefined>) =>
  [...before].reduce((sum, [pid, start]) => {
    const end = after.get(pid);
    return start === undefined || end === undefined ? sum : sum + (end - start);
  }, 0);

async function buyerToken(gateway: GatewayProcess, storeId: string): Promise<string> {
  const login = { storeId, email: DEMO_BUYER.email, password: DEMO_BUYER.password };
  const response = await fetch(`${gateway.url}/store/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(login),
  });
  if (response.status !== 200)
    throw new Error(`buyer login: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** Waits until the demo sync has brought products in and the page answers 200. */
async function waitForCatalogue(gateway: GatewayProcess, headers: Record<string, string>) {
  for (let tries = 0; tries < 240; tries++) {
    const response = await fetch(gateway.url + PAGE, { headers });
    const body = response.status === 200 ? ((await response.json()) as { items: unknown[] }) : undefined;
    if (body && body.items.length > 0) return body.items.length;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the demo catalogue never appeared');
}

interface Case {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  non200: number;
  cpu: Record<string, number>;
}

async function measure(
  name: string,
  targets: GatewayProcess[],
  all: GatewayProcess[],
  headers: Record<string, string>,
): Promise<Case> {
  const per = Math.max(1, Math.floor(settings.connections / targets.length));
  const run = (duration: number) =>
    Promise.all(targets.map((t) => autocannon({ url: t.url + PAGE, headers, connections: per, duration })));
  if (settings.warmup > 0) await run(settings.warmup);
  const pgPids = postgresPids();
  const before = {
    gateways: all.map((g) => cpuSecondsOf(g.pid) ?? 0),
    pg: cpuOf(pgPids),
    bench: process.cpuUsage(),
  };
  const started = performance.now();
  const results = await run(settings.duration);
  const wall = (performance.now() - started) / 1000;
  const bench = process.cpuUsage(before.bench);
  const cpu: Record<string, number> = {};
  all.forEach((g, i) => {
    cpu[`gateway ${i + 1}`] = ((cpuSecondsOf(g.pid) ?? 0) - (before.gateways[i] ?? 0)) / wall;
  });
  cpu.postgres = pgSecondsBetween(before.pg, cpuOf(pgPids)) / wall;
  cpu['bench (autocannon)'] = (bench.user + bench.system) / 1e6 / wall;
  const total = results.reduce((sum, r) => sum + r.requests.total, 0);
  return {
    name,
    rps: results.reduce((sum, r) => sum + r.requests.average, 0),
    // Weighted by requests served, so each instance counts as much as it answered.
    p50: results.reduce((sum, r) => sum + r.latency.p50 * r.requests.total, 0) / Math.max(1, total),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    non200: results.reduce((sum, r) => sum + r.non2xx + r.errors, 0),
    cpu,
  };
}

const pct = (share: number) => `${Math.round(share * 100)}%`.padStart(6);

async function main() {
  await onServer(`CREATE DATABASE ${database}`);
  const [mock, catcher] = await Promise.all([startMock(), startSmtpCatcher({ smtpPort: 0, httpPort: 0 })]);
  const env = {
    databaseUrl,
    unleashedUrl: mock.url,
    apiId: TEST_API_ID,
    apiKey: TEST_API_KEY,
    smtpPort: catcher.smtpPort,
  };
  const gateways: GatewayProcess[] = [];
  try {
    gateways.push(await startGatewayProcess(env));
    gateways.push(await startGatewayProcess(env));
    const [first, second] = gateways as [GatewayProcess, GatewayProcess];
    const storeId = await storeOf(first);
    const headers = { Authorization: `Bearer ${await buyerToken(first, storeId)}` };
    const items = await waitForCatalogue(second, headers);
    console.log(
      `pair bench: page of ${items} products; ${settings.connections} connections, ${settings.duration} s per case after ${settings.warmup} s warm-up`,
    );
    console.log(
      `machine: ${availableParallelism()} cores, load average ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')} at start`,
    );
    const one = await measure('one instance', [first], gateways, headers);
    const pair = await measure('pair', gateways, gateways, headers);
    console.log(
      `\n${'case'.padEnd(14)}${'req/s'.padStart(8)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}  CPU share of one core per process`,
    );
    for (const c of [one, pair])
      console.log(
        `${c.name.padEnd(14)}${c.rps.toFixed(0).padStart(8)}${c.p50.toFixed(1).padStart(8)}${String(c.p99).padStart(8)}  ` +
          Object.entries(c.cpu)
            .map(([who, share]) => `${who} ${pct(share)}`)
            .join(' · ') +
          (c.non200 ? `  INVALID: ${c.non200} non-200 answers or errors` : ''),
      );
    console.log(
      `\npair / one instance: req/s ${(pair.rps / one.rps).toFixed(2)}×, p50 ${(pair.p50 / one.p50).toFixed(2)}×`,
    );
    console.log(
      '(CPU: share of one core during the case; postgres sums every postgres process on this machine)',
    );
  } finally {
    for (const g of gateways) g.child.kill('SIGKILL');
    await Promise.all([mock.close(), catcher.close()]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await onServer(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

async function storeOf(gateway: GatewayProcess): Promise<string> {
  const login = await fetch(`${gateway.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(DEMO_ADMIN),
  });
  const { token } = (await login.json()) as { token: string };
  const stores = await fetch(`${gateway.url}/admin/stores`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const { items } = (await stores.json()) as { items: { id: string }[] };
  if (!items[0]) throw new Error('the demo store is missing');
  return items[0].id;
}

await main();
