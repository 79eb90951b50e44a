// Bench child process: a portal whose store sells BENCH_CATALOGUE_PRODUCTS products (default 10,000), plus a
// bare Express handler serving the same first catalogue page precomputed in memory (the baseline). Tells the
// parent both ports and the buyer's token over IPC; stops on 'stop'.

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
if (process.send) process.send(ready);
else console.log(ready);
process.on('message', async (message) => {
  if (message !== 'stop') return;
  baselineServer.closeAllConnections();
  baselineServer.close();
  await portal.close();
  process.exit(0);
});
