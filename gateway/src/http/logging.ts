// Structured logs: a request id on every line (taken from X-Request-Id or made), and never a secret — the
// Authorization and Cookie headers, Set-Cookie and any password, token or key field are redacted, and so are
// tokens in a logged URL (log-redaction.ts).
// The access log is one line per request, written when the response ends (or the client goes away). It is
// built here on pino rather than with pino-http: pino-http made a child logger and serialised the request
// for every call, which cost the buyer catalogue about a fifth of its throughput (`npm run bench:catalogue`).
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import pino, { type Level, type Logger } from 'pino';
import { redactUrl } from './log-redaction.ts';

declare module 'node:http' {
  interface IncomingMessage {
    /** This request's id: the caller's X-Request-Id when it is a plain token, else a new UUID. */
    id?: string;
  }
}

export const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["api-auth-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.apiKey',
  '*.token',
  '*.masterKey',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, destination);
}

const REQUEST_ID = /^[\w-]{1,64}$/;

function levelFor(statusCode: number, finished: boolean): Level {
  if (statusCode >= 500) return 'error';
  return statusCode >= 400 || !finished ? 'warn' : 'info';
}

export function requestLogging(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const sent = req.headers['x-request-id'];
    const id = typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    req.id = id;
    res.setHeader('X-Request-Id', id);
    const started = performance.now();
    res.once('close', () => {
      const finished = res.writableFinished;
      const level = levelFor(res.statusCode, finished);
      if (!logger.isLevelEnabled(level)) return;
      // The path and query only, with tokens in them redacted: headers (tokens, cookies) and bodies (passwords)
      // are never logged.
      logger[level](
        {
          reqId: id,
          req: { method: req.method, url: redactUrl(req.originalUrl), remoteAddress: req.ip },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        finished ? 'request completed' : 'request aborted',
      );
    });
    next();
  };
}
