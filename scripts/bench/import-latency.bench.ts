// Benchmarks how soon a placed order becomes a sales order in Unleashed (issue 12: p95 ≤ 1 s): 50 orders placed
// one after another through the buyer API, each timed from its saving (createdAt) to its import (importedAt) as
// the gateway recorded them; the baseline, measured in the same run, is the bare round trip of one signed
// POST /SalesOrders to the same mock. `npm run bench:import`; env: BENCH_ORDERS (50), BENCH_STORAGES
// ("postgres,pglite").
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { wholeNumber } from './common.ts';
import { type StorageKind, startBenchPortal } from './portal-setup.ts';

const orders = wholeNumber('BENCH_ORDERS', 50, 5);
const storages = (process.env.BENCH_STORAGES || 'postgres,pglite')
  .split(',')
  .map((s) => s.trim()) as StorageKind[];
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

console.log(
  `bench:import — ${orders} orders per storage, Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)}\n`,
);
console.log('storage     p50 ms   p95 ms   max ms   baseline p50 ms   p50 ratio   p95 ratio');
for (const storage of storages) {
  const dataDir = storage === 'pglite' ? mkdtempSync(join(tmpdir(), 'bench-import-')) : undefined;
  const portal = await startBenchPortal({ storage, dataDir, seed: 'default' });
  try {
    const products = (await portal.buyer('GET', '/store/products?pageSize=50')) as {
      items: { guid: string; orderable: boolean }[];
    };
    const guid = products.items.find((p) => p.orderable)?.guid;
    if (!guid) throw new Error('no orderable product in the bench store');
    const ids: string[] = [];
    for (let n = 0; n < orders; n++) {
      await portal.buyer('PUT', `/store/cart/lines/${guid}`, { quantity: 1 });
      const placed = (await portal.buyer('POST', '/store/orders', {
        deliveryAddress: { street: '1 Bench Road', city: 'Auckland' },
      })) as { id: string };
      ids.push(placed.id);
    }
    const repo = portal.gateway.services.orders;
    const until = performance.now() + 120_000;
    let stored = await Promise.all(ids.map((id) => repo.get(portal.storeId, id)));
    while (stored.some((o) => o?.importState !== 'imported') && performance.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      stored = await Promise.all(ids.map((id) => repo.get(portal.storeId, id)));
    }
    const latencies = stored.flatMap((o) =>
      o?.importedAt ? [Date.parse(o.importedAt) - Date.parse(o.createdAt)] : [],
    );
    if (latencies.length < ids.length)
      console.log(`${storage}: ${ids.length - latencies.length} not imported in 2 min`);
    const baseline: number[] = [];
    for (let n = 0; n < 20; n++) baseline.push(await portal.pushDirectly());
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    const b50 = percentile(baseline, 50);
    console.log(
      `${storage.padEnd(10)} ${p50.toFixed(0).padStart(7)} ${p95.toFixed(0).padStart(8)} ${Math.max(
        ...latencies,
      )
        .toFixed(0)
        .padStart(
          8,
        )} ${b50.toFixed(1).padStart(17)} ${(p50 / b50).toFixed(1).padStart(10)}× ${(p95 / b50).toFixed(1).padStart(10)}×`,
    );
    console.log(`  target p95 ≤ 1000 ms: ${p95 <= 1000 ? 'met' : 'MISSED'}`);
  } finally {
    await portal.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}
