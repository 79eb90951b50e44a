// The QA console of the mock Unleashed, everything under /__console: the shell page and its static scripts,
// the password gate, and the signing proxy through which the console acts as the Unleashed user. It keeps no
// state of its own: reads and changes go through the mock's Unleashed endpoints (via the proxy) or, for what
// Unleashed has no endpoint for, the unsigned QA control API under /__control.
import { resolve } from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type ErrorRequestHandler, type RequestHandler, Router } from 'express';
import type { ApiCredentials } from '../auth.ts';
import { passwordGate } from './gate.ts';
import { shellPage } from './pages.ts';
import { proxyRouter } from './proxy.ts';

const PUBLIC_DIR = resolve(import.meta.dirname, 'public');

export interface ConsoleOptions {
  /** The account's API credentials: the proxy signs with them. */
  credentials: ApiCredentials;
  /** MOCK_UNLEASHED_CONSOLE_PASSWORD; undefined leaves the console open (demo, dev, tests). */
  password: string | undefined;
}

/** Same-origin only, nothing inline: a second line of defence behind escaping everything rendered. */
const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Content-Security-Policy':
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  next();
};

const consoleErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
  if (status === 500) console.error('mock-unleashed console: unexpected error', error);
  res.status(status).json({ Description: status === 500 ? 'The console failed.' : String(error.message) });
};

/** An Express router serving the console under /__console; mount it before the OpenAPI validator. */
export function consoleRouter(options: ConsoleOptions): Router {
  const gate = passwordGate(options.password);
  const files = express.static(PUBLIC_DIR, { index: false, etag: false, lastModified: false });
  const inner = Router();
  inner.use(securityHeaders, cookieParser());
  // The stylesheets hold no data and the login form needs them; the scripts wait behind the gate.
  inner.use('/static', (req, res, next) => (req.path.endsWith('.css') ? files(req, res, next) : next()));
  inner.use(gate.routes);
  inner.use(gate.require);
  inner.get('/', (_req, res) => {
    res
      .type('html')
      .send(shellPage({ apiId: options.credentials.apiId, canLogOut: options.password !== undefined }));
  });
  inner.use('/static', files);
  inner.use('/api', proxyRouter(options.credentials));
  inner.use((req, res) => {
    res.status(404).json({ Description: `${req.originalUrl} is not a console page.` });
  });
  inner.use(consoleErrors);

  const router = Router();
  router.use('/__console', inner);
  return router;
}
