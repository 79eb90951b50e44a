// Starts `node gateway/src/main.ts` as production runs it (a demo store, on the given PostgreSQL database) and
// resolves with its URL once it listens; for the tests and benches that need real gateway processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  pid: number;
}

export interface GatewayProcessEnv {
  databaseUrl: string;
  unleashedUrl: string;
  apiId: string;
  apiKey: string;
  smtpPort: number;
  /** More environment (e.g. job engine tuning). */
  extra?: Record<string, string>;
}

export function startGatewayProcess(env: GatewayProcessEnv): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DEMO: 'true',
      GATEWAY_PORT: '0',
      GATEWAY_DATABASE_URL: env.databaseUrl,
      BOOTSTRAP_UNLEASHED_BASE_URL: env.unleashedUrl,
      BOOTSTRAP_UNLEASHED_API_ID: env.apiId,
      BOOTSTRAP_UNLEASHED_API_KEY: env.apiKey,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(env.smtpPort),
      LOG_LEVEL: 'warn',
      ...env.extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /gateway listening on (http:\/\/[\d.:]+)/.exec(output)?.[1];
      if (url) done({ url, child, pid: child.pid ?? -1 });
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(new Error(`gateway exited (${code}) before listening:\n${output}`)));
  });
}
