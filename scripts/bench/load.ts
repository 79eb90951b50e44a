// One bench case: check one answer, warm up, then load a URL with autocannon and keep what the table needs.
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { cpuSecondsOf } from './servers.ts';

export interface LoadSettings {
  duration: number;
  connections: number;
  warmup: number;
}

export interface CaseResult {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  kbPerResponse: number;
  /** Share of one core used by autocannon (this process) and by the server process, 0..1. */
  clientCpu: number;
  serverCpu: number | undefined;
  /** Every status other than 200, and connection errors/timeouts; empty when the run is valid. */
  problems: string[];
}

/** Fetches `url` once and checks it is a 200 page of `items` products. */
export async function checkPage(
  url: string,
  headers: Record<string, string>,
  items: number,
): Promise<{ body: unknown; bytes: number }> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { Items?: unknown[] };
  if (body.Items?.length !== items) throw new Error(`${url}: ${body.Items?.length} items, expected ${items}`);
  return { body, bytes: Buffer.byteLength(text) };
}

function load(url: string, headers: Record<string, string>, connections: number, duration: number) {
  return autocannon({ url, headers, connections, duration, timeout: 30 });
}

export async function runCase(
  name: string,
  url: string,
  headers: Record<string, string>,
  serverPid: number,
  settings: LoadSettings,
): Promise<CaseResult> {
  if (settings.warmup > 0) await load(url, headers, settings.connections, settings.warmup);
  const serverBefore = cpuSecondsOf(serverPid);
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  const result = await load(url, headers, settings.connections, settings.duration);
  const wall = (performance.now() - started) / 1000;
  const client = process.cpuUsage(clientBefore);
  const serverAfter = cpuSecondsOf(serverPid);

  const problems = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => status !== '200')
    .map(([status, stats]) => `${stats.count ?? 0} × HTTP ${status}`);
  if (result.errors > 0) problems.push(`${result.errors} connection errors (${result.timeouts} timeouts)`);
  if (result['2xx'] === 0) problems.push('no 2xx answer at all');
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    kbPerResponse: result.throughput.total / Math.max(1, result.requests.total) / 1024,
    clientCpu: (client.user + client.system) / 1e6 / wall,
    serverCpu:
      serverBefore === undefined || serverAfter === undefined
        ? undefined
        : (serverAfter - serverBefore) / wall,
    problems,
  };
}
