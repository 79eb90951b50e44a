// Sending JSON. GET answers are cached per query (object and serialised text) until the data changes, so a
// busy client paging through a large account costs one JSON.stringify per page, not one per request.
import type { Request, Response } from 'express';
import type { MockStore } from './store.ts';

interface CachedBody {
  body: unknown;
  /** The serialised body as bytes: Express would otherwise copy a string into a new Buffer per request. */
  bytes: Buffer;
}

const MAX_ENTRIES = 2000;

export class ResponseCache {
  private version = -1;
  private entries = new Map<string, CachedBody>();

  constructor(private readonly store: MockStore) {}

  /** The cached answer for `key`, or a fresh one from `build` (kept until the store's version moves). */
  get(key: string, build: () => unknown): CachedBody {
    if (this.version !== this.store.version) {
      this.entries.clear();
      this.version = this.store.version;
    }
    let entry = this.entries.get(key);
    if (!entry) {
      const body = build();
      entry = { body, bytes: Buffer.from(JSON.stringify(body)) };
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, entry);
    }
    return entry;
  }
}

/** The cache key of a GET: path and the parsed query in a fixed order (names are already canonical). */
export function cacheKeyOf(req: Request): string {
  const query = req.query as Record<string, unknown>;
  const parts = Object.keys(query)
    .sort()
    .map((name) => `${name}=${String(query[name])}`);
  return `${req.get('host') ?? ''}${req.path}?${parts.join('&')}`;
}

/**
 * Sends a JSON body. With response validation on (dev and test) it goes through res.json so that
 * express-openapi-validator checks it; otherwise the serialised text is sent as it is.
 * A `failNext`/`error` fault with afterHandler replaces the answer here, after the work is done.
 */
export function sendJson(res: Response, status: number, body: unknown, bytes?: Buffer): void {
  const lost = res.locals.faultAfterHandler as { status: number; description: string } | undefined;
  if (lost) {
    res.status(lost.status).json({ Description: lost.description });
    return;
  }
  if (res.app.locals.validateResponses) {
    res.status(status).json(body);
    return;
  }
  res
    .status(status)
    .type('application/json')
    .send(bytes ?? JSON.stringify(body));
}

/** Answers a GET from the cache, building it once per data version. */
export function sendCached(cache: ResponseCache, req: Request, res: Response, build: () => unknown): void {
  const entry = cache.get(cacheKeyOf(req), build);
  sendJson(res, 200, entry.body, entry.bytes);
}

/** The base URL the client used to reach the mock, for absolute links such as image URLs. */
export function baseUrlOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
