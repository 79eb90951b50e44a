// The whole portal for browser tests, as production will run it: mock Unleashed, a real gateway with an admin
// and a store, an SMTP catcher receiving the gateway's email, and the built storefront served from one origin
// that passes gateway paths through to the gateway (whose links in emails point at that origin).
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import express, { type RequestHandler } from 'express';
import { build } from 'vite';
import { type RunningGateway, startGateway } from '../../gateway/test/harness.ts';
import { type SmtpCatcher, startSmtpCatcher } from '../../scripts/smtp-catcher/catcher.ts';
import { isGatewayPath } from '../gateway-prefixes.ts';

export { ADMIN } from '../../gateway/test/harness.ts';

export interface RunningPortal {
  /** The storefront's origin; gateway paths under it reach the gateway. */
  url: string;
  gw: RunningGateway;
  /** Every email the gateway sent. */
  catcher: SmtpCatcher;
  storeId: string;
  close(): Promise<void>;
}

/**
 * Builds the storefront into a temporary folder, as `npm run storefront:build` does, in production mode; once per
 * test process (files share a worker's modules), removed when the process exits.
 */
export function buildStorefront(): Promise<{ dir: string }> {
  built ??= buildOnce().then((dir) => {
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return { dir };
  });
  return built;
}
let built: Promise<{ dir: string }> | undefined;

async function buildOnce(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'storefront-dist-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production'; // vitest sets `test`, which would make Vite build a development bundle
  try {
    await build({
      configFile: resolve(import.meta.dirname, '../vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: dir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  return dir;
}

/** Streams the request to `target()` and the answer back, headers (Set-Cookie included) untouched. */
function proxyTo(target: () => string): RequestHandler {
  return (req, res) => {
    const { hostname, port } = new URL(target());
    const upstream = httpRequest(
      { hostname, port, method: req.method, path: req.originalUrl, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.status(502).type('text/plain').send('The gateway is not answering.');
      else res.destroy();
    });
    req.pipe(upstream);
  };
}

/**
 * Starts the storefront from `dist`, then the catcher, mock and gateway (Base plan, 100 customers, unless told)
 * with a store on the mock. The storefront listens first, so the gateway's emails can link to it and, with
 * `webhooks`, the mock delivers the store's webhook events through it as Unleashed would to the public origin.
 */
export async function startPortal(
  dist: string,
  options: {
    plan?: 'base' | 'premium' | 'premium-plus';
    webhooks?: boolean;
    /** The gateway serves the storefront itself, as in production (its security headers on the page too). */
    servedByGateway?: boolean;
  } = {},
): Promise<RunningPortal> {
  if (options.servedByGateway)
    return startServedPortal(dist, options.plan ?? 'base', options.webhooks ?? false);
  let gatewayUrl = '';
  const app = express();
  const toGateway = proxyTo(() => gatewayUrl);
  app.use((req, res, next) => (isGatewayPath(req.path) ? toGateway(req, res, next) : next()));
  app.use(express.static(dist));
  app.get('/{*page}', (_req, res) => res.sendFile(join(dist, 'index.html')));
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
  const gw = await startGateway({
    plan: options.plan ?? 'base',
    smtpPort: catcher.smtpPort,
    publicBaseUrl: url,
    webhooks: options.webhooks ?? false,
  });
  gatewayUrl = gw.url;
  const store = await createStore(gw);

  return {
    url,
    gw,
    catcher,
    storeId: store.id,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await gw.close();
      await catcher.close();
    },
  };
}

const createStore = (gw: RunningGateway) =>
  gw.gateway.services.stores.create({
    name: 'Trade Store',
    adminEmail: 'orders@supplier.example',
    unleashed: gw.unleashed,
    warehouseCodes: ['MAIN', 'NORTH'],
  });

/** The production layout: one gateway serving the built storefront and the API from its own origin. */
async function startServedPortal(dist: string, plan: 'base' | 'premium' | 'premium-plus', webhooks: boolean) {
  const catcher = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
  const gw = await startGateway({ plan, smtpPort: catcher.smtpPort, storefrontDir: dist, webhooks });
  const store = await createStore(gw);
  return {
    url: gw.url,
    gw,
    catcher,
    storeId: store.id,
    close: async () => {
      await gw.close();
      await catcher.close();
    },
  };
}
