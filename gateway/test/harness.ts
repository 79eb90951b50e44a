// Starts a real gateway beside a real mock Unleashed, both on random loopback ports; the gateway's data is in a
// fresh PostgreSQL schema of its own (dropped on close) unless a database is passed in.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { type RunningMock, startMock, TEST_API_ID, TEST_API_KEY } from '../../mock-unleashed/test/harness.ts';
import { createGateway, type Gateway } from '../src/app.ts';
import { TestClock } from '../src/clock.ts';
import type { PortalDb } from '../src/db/database.ts';
import { createLogger } from '../src/http/logging.ts';
import type { RateLimitSettings } from '../src/http/rate-limits.ts';
import type { TrustProxy } from '../src/http/trust-proxy.ts';
import type { WebhookSettings } from '../src/webhooks/webhooks.module.ts';
import { freshDatabase } from './database.ts';

export const ADMIN = { email: 'admin@supplier.example', name: 'Ada Admin', password: 'Sup3rSecret!' };

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

export interface RunningGateway {
  url: string;
  mock: RunningMock;
  gateway: Gateway;
  /** The gateway's database, for building a second gateway on it (a restart, another instance). */
  db: PortalDb;
  clock: TestClock;
  /** Every log line written, for checking that no secret is logged. */
  logs: string[];
  request(
    method: string,
    path: string,
    options?: { body?: unknown; token?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: Json; headers: Headers }>;
  loginAdmin(): Promise<string>;
  /** Credentials of the mock's account, for connecting a store. */
  unleashed: { apiId: string; apiKey: string; baseUrl: string };
  close(): Promise<void>;
}

export async function startGateway(
  options: {
    plan?: 'base' | 'premium' | 'premium-plus';
    /** Send email over SMTP to this loopback port (an SMTP catcher); default 127.0.0.1:1025. */
    smtpPort?: number;
    publicBaseUrl?: string;
    /** A database to use (left open on close); default: a fresh schema, dropped on close. */
    db?: PortalDb;
    /** A mock Unleashed to reuse (left running on close); default: a new one. */
    mock?: RunningMock;
    /** The database already holds the test admin (a restart); default false. */
    adminExists?: boolean;
    /** Check every response against the spec; default true. false = as production runs. */
    validateResponses?: boolean;
    /** Subscribe stores to the mock's webhooks (delivered to this gateway's own URL); default false. */
    webhooks?: boolean | WebhookSettings;
    /** Serve a built storefront from this folder, as production does. */
    storefrontDir?: string;
    /** Origins allowed to call the gateway cross-origin (CORS); default none. */
    corsOrigins?: string[];
    /** Proxies whose X-Forwarded-For sets the client address; none by default, as in production. */
    trustProxy?: TrustProxy;
    /** Rate limits of the public endpoints; default the production ones. */
    rateLimits?: RateLimitSettings;
    /** Days audit entries are kept; default for good. */
    auditRetentionDays?: number;
  } = {},
): Promise<RunningGateway> {
  const mock = options.mock ?? (await startMock());
  const clock = new TestClock(new Date());
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  // Listening first, so the gateway knows its own URL (webhook callbacks are built from publicBaseUrl).
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const fresh = options.db ? undefined : await freshDatabase();
  const db = options.db ?? (fresh as NonNullable<typeof fresh>).db;
  const gateway = await createGateway({
    db,
    masterKey: 'test-master-key',
    clock,
    logger: createLogger('info', sink),
    validateResponses: options.validateResponses,
    jobs: { pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 2 },
    clientTuning: { retries: 1, backoffBaseMs: 1, timeoutMs: 5_000 },
    account: { name: 'Test Supplier', plan: options.plan ?? 'base' },
    publicBaseUrl: options.publicBaseUrl ?? url,
    webhooks:
      typeof options.webhooks === 'object' ? options.webhooks : { subscribe: options.webhooks ?? false },
    storefrontDir: options.storefrontDir,
    corsOrigins: options.corsOrigins,
    trustProxy: options.trustProxy,
    rateLimits: options.rateLimits,
    auditRetentionDays: options.auditRetentionDays,
    email:
      options.smtpPort === undefined
        ? undefined
        : {
            from: 'B2B Portal <no-reply@portal.example>',
            retryBaseMs: 1_000,
            smtp: {
              host: '127.0.0.1',
              port: options.smtpPort,
              secure: false,
              ignoreTls: true,
              timeoutMs: { connection: 2_000, greeting: 2_000, socket: 5_000 },
            },
          },
  });
  if (!options.adminExists)
    await gateway.services.admins.createAdmin(ADMIN.email, ADMIN.name, ADMIN.password);
  server.on('request', gateway.app);

  const request: RunningGateway['request'] = async (method, path, { body, token, headers = {} } = {}) => {
    const response = await fetch(url + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };

  return {
    url,
    mock,
    gateway,
    db,
    clock,
    logs,
    request,
    loginAdmin: async () =>
      (await request('POST', '/admin/login', { body: { email: ADMIN.email, password: ADMIN.password } })).body
        .token,
    unleashed: { apiId: TEST_API_ID, apiKey: TEST_API_KEY, baseUrl: mock.url },
    close: async () => {
      await gateway.shutdown();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (!options.mock) await mock.close();
      await fresh?.drop();
    },
  };
}
