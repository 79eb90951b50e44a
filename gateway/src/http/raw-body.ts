// Keeps the exact bytes of webhook request bodies: a webhook signature is over the body as sent, which the
// parsed JSON cannot give back. Only paths under /webhooks/ are kept, so other requests pay nothing.
import type { IncomingMessage } from 'node:http';

const rawBodies = new WeakMap<IncomingMessage, Buffer>();

/** For express.json's `verify` option: remembers the body of a webhook request before it is parsed. */
export function keepWebhookBody(req: IncomingMessage, _res: unknown, body: Buffer): void {
  if (req.url?.startsWith('/webhooks/')) rawBodies.set(req, body);
}

/** The body as received (UTF-8), or undefined when it was not kept. */
export function rawBodyOf(req: IncomingMessage): string | undefined {
  return rawBodies.get(req)?.toString('utf8');
}
