// /__console/api/<Unleashed path>: the console's way to act as the Unleashed user. Each call is signed here
// with the account's credentials and sent to this same server over its own socket address, so it passes the
// signature check, faults, limits, validation and the call log exactly like any client's call. The target is
// the local socket, never the Host header (which the browser controls); the Host header is passed on so that
// absolute links in answers (product images) point where the browser can reach them.
import { request } from 'node:http';
import express, { type Request, type Response, Router } from 'express';
import { type ApiCredentials, rawQueryOf, signQuery } from '../auth.ts';
import { isUnleashedCall } from './unleashed-paths.ts';

/** How long the console waits for the mock (a `hang` fault would otherwise hold the browser for minutes). */
const TIMEOUT_MS = 30_000;
const PASSED_BACK = ['content-type', 'retry-after'];

function forward(credentials: ApiCredentials, req: Request, res: Response): void {
  if (!isUnleashedCall(req.method, req.path)) {
    res.status(404).json({ Description: `${req.method} ${req.path} is not an Unleashed API call.` });
    return;
  }
  const query = rawQueryOf(req.originalUrl);
  const body = req.body === undefined ? undefined : Buffer.from(JSON.stringify(req.body));
  const headers: Record<string, string> = {
    host: req.get('host') ?? 'localhost',
    accept: 'application/json',
    'api-auth-id': credentials.apiId,
    'api-auth-signature': signQuery(credentials.apiKey, query),
    'client-type': 'mock-unleashed/console',
  };
  if (body)
    Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(body.length) });

  const upstream = request({
    host: req.socket.localAddress ?? '127.0.0.1',
    port: req.socket.localPort,
    method: req.method,
    path: query === '' ? req.path : `${req.path}?${query}`,
    headers,
  });
  upstream.setTimeout(TIMEOUT_MS, () => upstream.destroy(new Error('timeout')));
  upstream.on('response', (answer) => {
    res.status(answer.statusCode ?? 502);
    for (const name of PASSED_BACK) {
      const value = answer.headers[name];
      if (value !== undefined) res.set(name, value);
    }
    answer.pipe(res);
  });
  upstream.on('error', (error) => {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const timedOut = error.message === 'timeout';
    res.status(timedOut ? 504 : 502).json({
      Description: timedOut
        ? `The mock did not answer within ${TIMEOUT_MS / 1000} s (is a hang fault on?).`
        : `The console could not reach the mock: ${error.message}`,
    });
  });
  res.on('close', () => {
    if (!res.writableFinished) upstream.destroy();
  });
  upstream.end(body);
}

/** The signing proxy, mounted at /__console/api: refuses anything that is not an Unleashed operation. */
export function proxyRouter(credentials: ApiCredentials): Router {
  const router = Router();
  router.use(express.json({ limit: '5mb' }));
  router.use((req, res) => forward(credentials, req, res));
  return router;
}
