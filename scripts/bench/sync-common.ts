// What sync.bench.ts and its engine child (sync-worker.ts) share: the IPC messages, and naming an Unleashed call
// by the sync resource (and stock warehouse) it belongs to.
import { readFileSync } from 'node:fs';
import type { SyncResource, SyncRun } from '../../gateway/src/sync/sync.types.ts';

/** The gateway's database in the bench: PostgreSQL (a schema of its own) or the embedded PGlite (a folder). */
export type BackendKind = 'postgres' | 'pglite';

/** Parent → worker: run the next sync, or exit. */
export type WorkerCommand = { kind: 'sync'; phase: SyncPhase } | { kind: 'stop' };

export type SyncPhase = 'first' | 'incremental';

/** Worker → parent. */
export type WorkerMessage = { kind: 'ready' } | ({ kind: 'synced' } & SyncMeasure);

export interface SyncMeasure {
  phase: SyncPhase;
  backend: BackendKind;
  /** runSync wall time. */
  ms: number;
  /** CPU time (user + system) of the worker process during the run. */
  cpuMs: number;
  /** Wall time per resource, from the run record's status changes (running → done). */
  resourceMs: Partial<Record<SyncResource, number>>;
  run: SyncRun;
  /** Process memory before the run and its peaks: RSS peak from the kernel (whole process life), heap sampled. */
  rssBefore: number;
  heapBefore: number;
  peakRss: number;
  peakHeapUsed: number;
  /** PGlite only: bytes of the data folder once the run is written. */
  diskBytes?: number;
}

/** CPU seconds during a phase: ours (the engine, or the client loop), the mock's, and the whole machine's. */
export interface CpuSeconds {
  own: number;
  mock: number | undefined;
  machine: number | undefined;
}

/** CPU seconds that went to other work on the machine during the phase. */
export const otherWork = (cpu: CpuSeconds) =>
  cpu.machine === undefined || cpu.mock === undefined
    ? undefined
    : Math.max(0, cpu.machine - cpu.own - cpu.mock);

/**
 * CPU seconds the whole machine has been busy (all CPUs, steal included), from /proc/stat; undefined off Linux.
 * Interrupt time is left out: it is mostly the loopback traffic of the bench itself, which no process is charged.
 */
export function machineBusySeconds(): number | undefined {
  try {
    const [user, nice, system, , , , , steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n', 1)[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (steal ?? 0)) / 100;
  } catch {
    return undefined;
  }
}

/** One entry of the mock's GET /__control/calls. */
export interface MockCall {
  seq: number;
  method: string;
  path: string;
  query: string;
  status: number;
  durationMs: number;
}

const RESOURCE_OF_PATH: Record<string, SyncResource> = {
  productgroups: 'productGroups',
  sellpricetiers: 'sellPriceTiers',
  products: 'products',
  productprices: 'productPrices',
  stockonhand: 'stock',
  customers: 'customers',
};

/** The sync resource a call was made for (SalesOrders: push for writes, status for reads). */
export function resourceOfCall(call: Pick<MockCall, 'method' | 'path'>): SyncResource | undefined {
  const first = call.path.split('/')[1]?.toLowerCase() ?? '';
  if (first === 'salesorders') return call.method === 'GET' ? 'orderStatus' : 'orderPush';
  return RESOURCE_OF_PATH[first];
}

/** The row a call is counted in: the resource, split by warehouse for stock ("stock MAIN"). */
export function groupOfCall(call: Pick<MockCall, 'method' | 'path' | 'query'>): string {
  const resource = resourceOfCall(call) ?? `other ${call.path}`;
  if (resource !== 'stock') return resource;
  const warehouse = new URLSearchParams(call.query).get('warehouseCode');
  return `stock ${warehouse ?? '?'}`;
}
