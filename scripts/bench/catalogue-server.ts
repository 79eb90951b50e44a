// Bench child process: a portal whose store sells BENCH_CATALOGUE_PRODUCTS products (default 10,000), plus a
// bare Express handler serving the same first catalogue page precomputed in memory (the baseline). Tells the
// parent both ports and the buyer's token over IPC; stops on 'stop'.

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { wholeNumber } from './common.ts';
import { type StorageKind, startBenchPortal } from './portal-setup.ts';

export const CATALOGUE_PAGE = '/store/products?page=1&pageSize=50';

export interface CatalogueReady {
  gatewayPort: number;
  baselinePort: number;
  buyerToken: string;
  items: number;
  total: number;
  setupSeconds: number;
}

const storage = (process.argv[2] ?? 'memory') as StorageKind;
const started = performance.now();
const portal = await startBenchPortal({
  storage,
  dataDir: process.argv[3],
  seed: 'large',
  products: wholeNumber('BENCH_CATALOGUE_PRODUCTS', 10_000, 100),
});
const page = (await portal.buyer('GET', CATALOGUE_PAGE)) as { items: unknown[]; total: number };
const precomputed = Buffer.from(JSON.stringify(page));

const baseline = express();
baseline.get('/store/products', (_req, res) => {
  res.type('application/json').send(precomputed);
});
const baselineServer = baseline.listen(0, '127.0.0.1');
await new Promise((resolve) => baselineServer.once('listening', resolve));

const ready: CatalogueReady = {
  gatewayPort: Number(new URL(portal.url).port),
  baselinePort: (baselineServer.address() as AddressInfo).port,
  buyerToken: portal.buyerToken,
  items: page.items.length,
  total: page.total,
  setupSeconds: (performance.now() - started) / 1000,
};
// BENCH_CPU_PROF=<file>: profile only the load phase (after set-up), written when the parent says stop.
const profileFile = process.env.BENCH_CPU_PROF;
const profiler = profileFile ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await new Promise((done) => profiler.post('Profiler.enable', () => profiler.post('Profiler.start', done)));
}
if (process.send) process.send(ready);
else console.log(ready);
process.on('message', async (message) => {
  if (message !== 'stop') return;
  if (profiler && profileFile) {
    const { profile } = await new Promise<{ profile: object }>((done, fail) =>
      profiler.post('Profiler.stop', (error, result) => (error ? fail(error) : done(result))),
    );
    writeFileSync(profileFile, JSON.stringify(profile));
  }
  baselineServer.closeAllConnections();
  baselineServer.close();
  await portal.close();
  process.exit(0);
});
