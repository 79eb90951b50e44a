// Pact keeps a query as a map and replays its parameters sorted by name, so the signature the gateway made over
// its own parameter order no longer matches the replayed query string. This request filter (run by the
// verifier's proxy before the request reaches the mock) accepts the recorded signature only if the account's
// key made it over the same parameters in some order, and then signs the replayed order instead. A request
// signed with any other key is passed on untouched, and the mock refuses it as Unleashed would.
import type { RequestHandler } from 'express';
import { type ApiCredentials, judgeSignature, rawQueryOf, signQuery } from '../../mock-unleashed/src/auth.ts';

/** Every order of `parts` (a query has a handful of parameters: at most a few hundred orders). */
function* orders(parts: readonly string[]): Generator<string[]> {
  if (parts.length <= 1) {
    yield [...parts];
    return;
  }
  for (const [i, part] of parts.entries()) {
    for (const rest of orders([...parts.slice(0, i), ...parts.slice(i + 1)])) yield [part, ...rest];
  }
}

/** Whether `signature` is the account's over the parameters of `rawQuery` in some order. */
export function signedByAccount(
  credentials: ApiCredentials,
  apiId: string,
  signature: string,
  rawQuery: string,
) {
  const parts = rawQuery === '' ? [] : rawQuery.split('&');
  if (parts.length > 7) return false;
  for (const order of orders(parts)) {
    if (judgeSignature(credentials, { id: apiId, signature }, order.join('&')) === 'valid') return true;
  }
  return false;
}

export function resignReplayedRequests(credentials: ApiCredentials): RequestHandler {
  return (req, _res, next) => {
    const apiId = req.get('api-auth-id');
    const signature = req.get('api-auth-signature');
    const rawQuery = rawQueryOf(req.originalUrl);
    if (apiId && signature && signedByAccount(credentials, apiId, signature, rawQuery)) {
      req.headers['api-auth-signature'] = signQuery(credentials.apiKey, rawQuery);
    }
    next();
  };
}
