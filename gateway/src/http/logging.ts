// Structured logs: a request id on every line (taken from X-Request-Id or made), and never a secret — the
// Authorization and Cookie headers, Set-Cookie and any password, token or key field are redacted.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import pino, { type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

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

export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    // req.log carries only the request id; the full request is serialised once, in the line logged at the end.
    quietReqLogger: true,
    genReqId: (req: IncomingMessage, res) => {
      const sent = req.headers['x-request-id'];
      const id = typeof sent === 'string' && /^[\w-]{1,64}$/.test(sent) ? sent : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    customLogLevel: (_req, res, error) =>
      error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
  });
}
