// Signing in the pact and at replay. The consumer's deliveries carry a signature made when they were sent; the
// pact keeps an example signature instead: the contract key's over the example timestamp and the example body
// in a canonical form (keys sorted), since Pact replays JSON with its own key order. At replay the request
// filter accepts a delivery only if that example signature holds, then signs what the proxy forwards with the
// key the store really holds and the current time. Any other signature passes on untouched, and the gateway
// refuses it as it would refuse a forged delivery.
import type { RequestHandler } from 'express';
import { signWebhook, verifyWebhook, WEBHOOK_HEADERS } from '../../mock-unleashed/src/webhooks/protocol.ts';
import { CONTRACT_SIGNING_KEY } from './contract.ts';

/** JSON text with every object's keys sorted, so both sides sign the same text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** The example signature of `body` sent at `timestamp`, with `key` (the contract key unless forged). */
export function exampleSignature(body: unknown, timestamp: string, key = CONTRACT_SIGNING_KEY): string {
  return signWebhook(key, timestamp, canonicalJson(body));
}

/** The verifier's request filter; `storeKey()` is the signing key the store holds (set by a state handler). */
export function resignReplayedEvents(storeKey: () => string | undefined): RequestHandler {
  return (req, _res, next) => {
    const signature = req.get(WEBHOOK_HEADERS.signature);
    const timestamp = req.get(WEBHOOK_HEADERS.timestamp);
    const key = storeKey();
    if (!req.path.startsWith('/webhooks/') || !signature || !timestamp || !key) return next();
    const signedInPact = verifyWebhook({
      signingKey: CONTRACT_SIGNING_KEY,
      rawBody: canonicalJson(req.body),
      signature,
      timestamp,
      nowSeconds: Number(timestamp),
    });
    if (signedInPact === 'valid') {
      // The proxy forwards JSON.stringify of the parsed body: that is the text the gateway checks.
      const forwarded = JSON.stringify(req.body);
      const now = String(Math.floor(Date.now() / 1000));
      req.headers[WEBHOOK_HEADERS.timestamp] = now;
      req.headers[WEBHOOK_HEADERS.signature] = signWebhook(key, now, forwarded);
      req.headers['content-length'] = String(Buffer.byteLength(forwarded));
    }
    next();
  };
}
