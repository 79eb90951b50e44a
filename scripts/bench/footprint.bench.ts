// Benchmarks what stored history costs a gateway process (issue 12: RSS ≤ 1.3×, start ≤ 2× with 100,000 stored
// orders against 1,000, measured in the same run): a store is set up on PostgreSQL and filled with past orders,
// then `gateway/src/main.ts` is started on that database as production runs it; start = spawn to listening, RSS
// read from /proc once it listens and again after a catalogue page and an order history page.
// `npm run bench:footprint`; env: BENCH_STORED_ORDERS ("1000,100000"), BENCH_DATABASE_URL.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { storeOrderHistory } from './order-history.ts';
import { startBenchPortal } from './portal-setup.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const sizes = (process.env.BENCH_STORED_ORDERS || '1000,100000').split(',').map(Number);
const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN) / 1024;

interface Footprint {
  stored: number;
  startMs: number;
  rssMb: number;
  rssAfterMb: number;
}

async function measure(stored: number): Promise<Footprint> {
  const portal = await startBenchPortal({ storage: 'postgres', seed: 'default', products: 2_000 });
  const products = (await portal.buyer('GET', '/store/products?pageSize=50')) as {
    items: { guid: string; orderable: boolean }[];
  };
  const guid = products.items.find((p) => p.orderable)?.guid;
  await portal.buyer('PUT', `/store/cart/lines/${guid}`, { quantity: 1 });
  await portal.buyer('POST', '/store/orders', { deliveryAddress: { city: 'Auckland' } });
  await storeOrderHistory(portal, stored);
  const token = portal.buyerToken;
  await portal.close({ keepDatabase: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      GATEWAY_PORT: '0',
      GATEWAY_DATABASE_URL: portal.databaseUrl,
      GATEWAY_DATABASE_SCHEMA: portal.schema,
      GATEWAY_MASTER_KEY: 'bench-master-key',
      EMAIL_FROM: 'Bench <no-reply@bench.example>',
      SMTP_HOST: '127.0.0.1',
      COOKIE_SECURE: 'false',
      LOG_LEVEL: 'warn',
      STOREFRONT_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((done, fail) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /gateway listening on (http:\/\/[\d.:]+)/.exec(output)?.[1];
        if (found) done(found);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      child.once('exit', (code) => fail(new Error(`gateway exited (${code}):\n${output}`)));
    });
    const startMs = performance.now() - started;
    const rss = rssMb(child.pid as number);
    const headers = { Authorization: `Bearer ${token}` };
    await fetch(`${url}/store/products?pageSize=50`, { headers });
    await fetch(`${url}/store/orders?pageSize=50`, { headers });
    return { stored, startMs, rssMb: rss, rssAfterMb: rssMb(child.pid as number) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    await portal.dropDatabase();
  }
}

console.log(
  `bench:footprint — gateway process on PostgreSQL, Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)}\n`,
);
const results: Footprint[] = [];
for (const stored of sizes) results.push(await measure(stored));
console.log('stored orders   start ms   RSS at start MB   RSS after two pages MB');
for (const r of results)
  console.log(
    `${String(r.stored).padStart(13)} ${r.startMs.toFixed(0).padStart(10)} ${r.rssMb.toFixed(1).padStart(17)} ${r.rssAfterMb.toFixed(1).padStart(24)}`,
  );
const [small, large] = [results[0], results.at(-1)];
if (small && large && small !== large) {
  const start = large.startMs / small.startMs;
  const rss = large.rssAfterMb / small.rssAfterMb;
  console.log(
    `\nstart ${start.toFixed(2)}× (target ≤ 2×: ${start <= 2 ? 'met' : 'MISSED'}), RSS ${rss.toFixed(2)}× (target ≤ 1.3×: ${rss <= 1.3 ? 'met' : 'MISSED'})`,
  );
}
process.exit(0);
