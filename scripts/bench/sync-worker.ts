// Bench child process: the gateway's sync engine on PostgreSQL (a fresh schema, dropped at stop) or on the
// embedded PGlite (in a data folder), syncing one store from the mock.
// Usage (forked by sync.bench.ts): `sync-worker.ts <postgres|pglite> <mockUrl> [dataDir]`; on each WorkerCommand it
// runs one sync of the same store (first full, then incremental) and reports a SyncMeasure over IPC.
import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { catalogueSyncTarget } from '../../gateway/src/catalogue/catalogue.reader.ts';
import { createCatalogueRepo } from '../../gateway/src/catalogue/catalogue.repo.ts';
import { createCataloguesRepo } from '../../gateway/src/custom-catalogues/catalogues.repo.ts';
import { createCustomersRepo } from '../../gateway/src/customers/customers.repo.ts';
import { openDatabase } from '../../gateway/src/db/connect.ts';
import { createOrdersRepo } from '../../gateway/src/orders/orders.repo.ts';
import { SecretBox } from '../../gateway/src/security/secret-box.ts';
import type { Store } from '../../gateway/src/stores/stores.types.ts';
import { createSyncRepo } from '../../gateway/src/sync/sync.repo.ts';
import { createSyncEngine } from '../../gateway/src/sync/sync.service.ts';
import type { SyncResource, SyncRun } from '../../gateway/src/sync/sync.types.ts';
import { createClientFactory } from '../../gateway/src/unleashed/client-factory.ts';
import { BENCH_CREDENTIALS } from './common.ts';
import type { BackendKind, SyncMeasure, SyncPhase, WorkerCommand, WorkerMessage } from './sync-common.ts';

const [kindArg, mockUrl, dataDir] = process.argv.slice(2);
if ((kindArg !== 'postgres' && kindArg !== 'pglite') || !mockUrl || (kindArg === 'pglite' && !dataDir))
  throw new Error('usage: sync-worker.ts <postgres|pglite> <mockUrl> [dataDir]');
const kind: BackendKind = kindArg;

const secrets = new SecretBox('sync-bench-master-key');
const store: Store = {
  id: `bench-${kind}`,
  name: 'Bench Store',
  adminEmail: 'admin@bench.example',
  importStatus: 'Placed',
  warehouseCodes: ['MAIN', 'NORTH'],
  orderWarehouseCode: 'MAIN',
  taxCode: 'G.S.T.',
  defaultTaxRate: 0.15,
  syncIntervalMinutes: 15,
  autoAddCustomers: true,
  unleashed: {
    apiId: BENCH_CREDENTIALS.apiId,
    apiKey: secrets.seal(BENCH_CREDENTIALS.apiKey),
    baseUrl: mockUrl,
    connectedAt: '2026-11-01T00:00:00Z',
  },
  createdAt: '2026-11-01T00:00:00Z',
};

const DATABASE_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_sync_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const db = await openDatabase(
  kind === 'postgres' ? { url: DATABASE_URL, schema } : { dataDir: join(dataDir as string, 'pglite') },
);

// Memory: the heap is sampled at every saved progress (once per page) and every 10 ms; RSS peak is the kernel's.
let peakHeapUsed = 0;
const sampleHeap = () => {
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
};
let resourceStarted = new Map<SyncResource, number>();
let resourceMs: SyncMeasure['resourceMs'] = {};
const onProgress = (run: SyncRun) => {
  sampleHeap();
  for (const result of run.resources) {
    if (result.status === 'running' && !resourceStarted.has(result.resource))
      resourceStarted.set(result.resource, performance.now());
    const started = resourceStarted.get(result.resource);
    if (result.status !== 'running' && result.status !== 'pending' && started !== undefined)
      resourceMs[result.resource] ??= performance.now() - started;
  }
};

const engine = createSyncEngine({
  stores: { get: async (id) => (id === store.id ? store : undefined) },
  // The gateway's production client settings (timeouts, retries, backoff).
  clientFor: createClientFactory(secrets),
  syncRepo: createSyncRepo(db),
  catalogue: catalogueSyncTarget(createCatalogueRepo(db), createCataloguesRepo(db)),
  customers: createCustomersRepo(db),
  orders: createOrdersRepo(db),
  limits: {
    ...{ customersAllowed: async () => null, customersLift: async () => '' },
    ...{ productsAllowed: async () => null, productsLift: async () => '' },
  },
  sessions: { revokeContact: async () => undefined },
  clock: { now: () => new Date() },
  onProgress,
});

function folderBytes(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(folder, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

async function measure(phase: SyncPhase): Promise<SyncMeasure> {
  resourceStarted = new Map();
  resourceMs = {};
  const { rss: rssBefore, heapUsed: heapBefore } = process.memoryUsage();
  peakHeapUsed = heapBefore;
  const sampler = setInterval(sampleHeap, 10);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const run = await engine.runSync(store.id, 'manual');
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sampler);
  sampleHeap();
  return {
    phase,
    backend: kind,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    resourceMs,
    run,
    rssBefore,
    heapBefore,
    peakRss: process.resourceUsage().maxRSS * 1024,
    peakHeapUsed,
    diskBytes: kind === 'pglite' ? folderBytes(dataDir as string) : undefined,
  };
}

const send = (message: WorkerMessage) => process.send?.(message);
process.on('message', (command: WorkerCommand) => {
  if (command.kind === 'stop') {
    void (async () => {
      await db.close();
      if (kind === 'postgres') {
        const pool = new pg.Pool({ connectionString: DATABASE_URL });
        await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      }
      process.exit(0);
    })();
    return;
  }
  measure(command.phase).then(
    (result) => send({ kind: 'synced', ...result }),
    (error: unknown) => {
      console.error('sync-worker: the sync threw', error);
      process.exit(1);
    },
  );
});
process.on('disconnect', () => process.exit(0));
send({ kind: 'ready' });
