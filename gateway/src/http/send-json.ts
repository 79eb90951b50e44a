// Sending a JSON body that is already serialised. The buyer catalogue answers the same page to many requests;
// serialising it once (not per request) is what lets it keep up with a bare handler (`npm run bench:catalogue`).
import type { Response } from 'express';

/** Serialised bodies by the object they were made from; an object that is no longer cached is let go with it. */
const serialised = new WeakMap<object, { bytes: Buffer; etag: string | undefined }>();

/**
 * The body as bytes with its ETag (made by the app's own `etag fn`, as res.send would), both made once per
 * object: pass only objects that are never changed afterwards.
 */
function serialisedOnce(res: Response, body: object): { bytes: Buffer; etag: string | undefined } {
  let found = serialised.get(body);
  if (!found) {
    const bytes = Buffer.from(JSON.stringify(body));
    const etagOf = res.app.get('etag fn') as ((body: Buffer) => string) | undefined;
    found = { bytes, etag: etagOf?.(bytes) };
    serialised.set(body, found);
  }
  return found;
}

/**
 * Sends an unchanging JSON body. With response validation on (dev and test) it goes through res.json so that
 * express-openapi-validator checks it; otherwise the bytes serialised the first time are sent as they are.
 */
export function sendUnchangingJson(res: Response, body: object): void {
  if (res.app.locals.validateResponses) res.json(body);
  else {
    const { bytes, etag } = serialisedOnce(res, body);
    // With the ETag already set, res.send does not hash the body again; it still answers 304 when it matches.
    if (etag) res.set('ETag', etag);
    res.type('application/json').send(bytes);
  }
}
