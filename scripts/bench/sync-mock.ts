// sync.bench.ts's side of its processes: the engine child (sync-worker.ts), the mock's control API, and the bare
// client loop that fetches the pages a sync fetched (the baseline: what the mock alone needs to serve them).
import { type ChildProcess, fork } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { signedHeaders } from './common.ts';
import { cpuSecondsOf } from './servers.ts';
import {
  type BackendKind,
  type CpuSeconds,
  groupOfCall,
  type MockCall,
  machineBusySeconds,
  type SyncMeasure,
  type SyncPhase,
  type WorkerCommand,
  type WorkerMessage,
} from './sync-common.ts';

export interface SyncWorker {
  pid: number;
  sync(phase: SyncPhase): Promise<SyncMeasure>;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Forks sync-worker.ts under tsx and waits until its engine is built. */
export async function startWorker(
  kind: BackendKind,
  mockUrl: string,
  dataDir: string | undefined,
  nodeArgs: string[] = [],
): Promise<SyncWorker> {
  const args = [kind, mockUrl, ...(dataDir ? [dataDir] : [])];
  const child = fork(resolve(import.meta.dirname, 'sync-worker.ts'), args, {
    execArgv: ['--import', 'tsx', ...nodeArgs],
  });
  children.add(child);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const next = () =>
    new Promise<WorkerMessage>((done, fail) => {
      const onExit = (code: number | null) => fail(new Error(`sync-worker ${kind} exited with code ${code}`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        done(message as WorkerMessage);
      });
    });
  const send = (command: WorkerCommand) => child.send(command);
  await next();
  return {
    pid: child.pid ?? -1,
    async sync(phase) {
      const answer = next();
      send({ kind: 'sync', phase });
      const message = await answer;
      if (message.kind !== 'synced') throw new Error(`sync-worker ${kind}: unexpected ${message.kind}`);
      return message;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) send({ kind: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
      children.delete(child);
    },
  };
}

async function control(mockUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(mockUrl + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

export interface MockCounts {
  products: number;
  customers: number;
  contacts: number;
  productPrices: number;
  stockRecords: number;
  warehouses: number;
}

export const mockCounts = async (mockUrl: string) =>
  ((await control(mockUrl, 'GET', '/__control/state')) as { counts: MockCounts }).counts;

/** Drops the mock's cached pages and indexes (the clock "moves"; no data changes), so the next reads are cold. */
export const coldMock = (mockUrl: string) => control(mockUrl, 'POST', '/__control/clock', { release: true });

export const clearCalls = (mockUrl: string) => control(mockUrl, 'DELETE', '/__control/calls');

const MAX_CALLS = 5000;

/** The mock's call log since it was last cleared (it answers at most 5000 entries). */
export async function listCalls(mockUrl: string): Promise<MockCall[]> {
  const { Items } = (await control(mockUrl, 'GET', `/__control/calls?limit=${MAX_CALLS}`)) as {
    Items: MockCall[];
  };
  if (Items.length >= MAX_CALLS)
    throw new Error(`The mock logged ${MAX_CALLS}+ calls: the bench cannot count them.`);
  return Items;
}

export interface GroupFetch {
  calls: number;
  ms: number;
  /** Records in all the pages fetched. */
  items: number;
  /** NumberOfItems of the group's first page when it is page 1 without modifiedSince: all the mock holds. */
  total: number | undefined;
}

export interface Baseline {
  ms: number;
  calls: number;
  bytes: number;
  /** CPU seconds of the client loop (this process), the mock and the machine meanwhile. */
  cpu: CpuSeconds;
  /** The sum of the mock's own call durations (its call log). */
  mockServeMs: number;
  byGroup: Map<string, GroupFetch>;
  problems: string[];
}

export const secondsBetween = (before: number | undefined, after: number | undefined) =>
  before === undefined || after === undefined ? undefined : after - before;

/** Fetches the GET calls given, one after the other, signed, each answer read whole and JSON.parse'd. */
export async function fetchPages(mockUrl: string, mockPid: number, calls: MockCall[]): Promise<Baseline> {
  const gets = calls.filter((call) => call.method === 'GET');
  const byGroup = new Map<string, GroupFetch>();
  const problems: string[] = [];
  let bytes = 0;
  await clearCalls(mockUrl);
  const mockBefore = cpuSecondsOf(mockPid);
  const machineBefore = machineBusySeconds();
  const ownBefore = process.cpuUsage();
  const started = performance.now();
  for (const call of gets) {
    const pathAndQuery = call.query ? `${call.path}?${call.query}` : call.path;
    const callStarted = performance.now();
    const response = await fetch(mockUrl + pathAndQuery, { headers: signedHeaders(pathAndQuery) });
    const text = await response.text();
    const body = JSON.parse(text) as { Items?: unknown[]; Pagination?: { NumberOfItems?: number } };
    const ms = performance.now() - callStarted;
    bytes += Buffer.byteLength(text);
    if (response.status !== 200) problems.push(`${pathAndQuery}: HTTP ${response.status}`);
    const name = groupOfCall(call);
    let group = byGroup.get(name);
    if (!group) {
      const listFromStart = /\/1$/.test(call.path) && !/modifiedSince=/i.test(call.query);
      group = {
        calls: 0,
        ms: 0,
        items: 0,
        total: listFromStart ? body.Pagination?.NumberOfItems : undefined,
      };
      byGroup.set(name, group);
    }
    group.calls++;
    group.ms += ms;
    group.items += body.Items?.length ?? 0;
  }
  const ms = performance.now() - started;
  const own = process.cpuUsage(ownBefore);
  const cpu = {
    own: (own.user + own.system) / 1e6,
    mock: secondsBetween(mockBefore, cpuSecondsOf(mockPid)),
    machine: secondsBetween(machineBefore, machineBusySeconds()),
  };
  const served = await listCalls(mockUrl);
  return {
    ms,
    calls: gets.length,
    bytes,
    cpu,
    mockServeMs: served.reduce((sum, call) => sum + call.durationMs, 0),
    byGroup,
    problems,
  };
}
