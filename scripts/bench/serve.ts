// Bench child process: serves the mock Unleashed (production path) or a plain Express baseline on a loopback port.
// Usage (forked by servers.ts): `serve.ts mock` or `serve.ts baseline <page.json>`; reports ReadyMessage over IPC.
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import express, { type Express } from 'express';
import { createApp } from '../../mock-unleashed/src/app.ts';
import { generateSeed } from '../../mock-unleashed/src/seed/index.ts';
import { openStore } from '../../mock-unleashed/src/store.ts';
import type { MockData } from '../../mock-unleashed/src/types.ts';
import { BENCH_CREDENTIALS, type ReadyMessage, seedSizes } from './common.ts';

async function mockApp(): Promise<{ app: Express; seed: ReadyMessage['seed'] }> {
  const sizes = seedSizes();
  let seed: ReadyMessage['seed'];
  const store = await openStore(undefined, (): MockData => {
    const started = performance.now();
    const data = generateSeed('large', { seedNumber: 42, ...sizes });
    const ms = performance.now() - started;
    seed = { ...sizes, ms, jsonBytes: Buffer.byteLength(JSON.stringify(data)) };
    return data;
  });
  const app = createApp({
    store,
    credentials: BENCH_CREDENTIALS,
    validateResponses: false,
    largeSizes: sizes,
    onUnexpectedError: (error) => console.error('bench mock: unexpected error', error),
  });
  return { app, seed };
}

/** What the issue calls "the floor": one route, res.json(page) per request, Express defaults, no checks. */
function baselineApp(pageFile: string): Express {
  const page: unknown = JSON.parse(readFileSync(pageFile, 'utf8'));
  const app = express();
  app.get('/Products', (_req, res) => {
    res.json(page);
  });
  return app;
}

const [mode, pageFile] = process.argv.slice(2);
const { app, seed } =
  mode === 'baseline' && pageFile ? { app: baselineApp(pageFile), seed: undefined } : await mockApp();
const server: Server = app.listen(0, '127.0.0.1', () => {
  const ready: ReadyMessage = { port: (server.address() as AddressInfo).port, seed };
  process.send?.(ready);
});

const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('message', (message) => {
  if (message === 'stop') stop();
});
process.on('disconnect', stop);
