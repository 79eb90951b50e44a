// Starts and stops the bench's servers as child processes: the mock or baseline (serve.ts) and Prism.
import { type ChildProcess, fork, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { ReadyMessage } from './common.ts';

export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

const PRISM_BIN = resolve(import.meta.dirname, '../../node_modules/@stoplight/prism-cli/dist/index.js');
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => child.once('exit', () => done()));
}

function track(child: ChildProcess, url: string, stop: () => void): RunningServer {
  children.add(child);
  return {
    url,
    pid: child.pid ?? -1,
    stop: async () => {
      stop();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited(child);
      clearTimeout(timer);
      children.delete(child);
    },
  };
}

/** Forks serve.ts (`mock`, or `baseline <page.json>`) under tsx; `nodeArgs` e.g. ['--cpu-prof']. */
export async function startServe(
  args: string[],
  nodeArgs: string[] = [],
): Promise<RunningServer & ReadyMessage> {
  const child = fork(resolve(import.meta.dirname, 'serve.ts'), args, {
    execArgv: ['--import', 'tsx', ...nodeArgs],
  });
  children.add(child);
  const ready = await new Promise<ReadyMessage>((done, fail) => {
    child.once('message', (message) => done(message as ReadyMessage));
    child.once('exit', (code) =>
      fail(new Error(`serve.ts ${args[0]} exited with code ${code} before listening`)),
    );
  });
  return { ...ready, ...track(child, `http://127.0.0.1:${ready.port}`, () => child.send('stop')) };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Starts `prism mock -v error <spec>` on a free port and waits until `probePath` answers 200. */
export async function startPrism(
  specFile: string,
  probePath: string,
  headers: Record<string, string>,
): Promise<RunningServer> {
  if (!existsSync(PRISM_BIN))
    throw new Error('Prism is not installed: npm install --save-dev @stoplight/prism-cli@5');
  const version = (
    JSON.parse(readFileSync(resolve(PRISM_BIN, '../../package.json'), 'utf8')) as { version: string }
  ).version;
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [PRISM_BIN, 'mock', '-v', 'error', '-h', '127.0.0.1', '-p', String(port), specFile],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const server = track(child, `http://127.0.0.1:${port}`, () => child.kill('SIGTERM'));
  const deadline = Date.now() + 90_000;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Prism ${version} exited with code ${child.exitCode}`);
    try {
      const response = await fetch(server.url + probePath, { headers });
      await response.arrayBuffer();
      if (response.status === 200) return server;
      last = `HTTP ${response.status}`;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  await server.stop();
  throw new Error(`Prism ${version} did not answer 200 on ${probePath} within 90 s (${last})`);
}

/** CPU seconds (user + system) a process has used so far, from /proc; undefined off Linux. */
export function cpuSecondsOf(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
