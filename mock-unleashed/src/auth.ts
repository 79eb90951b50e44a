// Unleashed's request signature: api-auth-signature = Base64(HMAC-SHA256(API key, query string)), the query
// without `?` (empty when there is none). The mock accepts the raw query as sent or the decoded one
// (percent-decoded, or form-decoded with `+` as a space), because working clients disagree
// (see ../shared/reference/mock-choices.md).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { fieldError, UnleashedError, validationError } from './errors.ts';
import type { Call } from './types.ts';

export type SignatureVerdict = Call['signature'];

export interface ApiCredentials {
  apiId: string;
  apiKey: string;
}

/** Base64(HMAC-SHA256(key, text)): what a client sends as api-auth-signature. */
export function signQuery(apiKey: string, queryString: string): string {
  return createHmac('sha256', apiKey).update(queryString, 'utf8').digest('base64');
}

/** The raw query string of a URL, without `?`. */
export function rawQueryOf(url: string): string {
  const at = url.indexOf('?');
  return at === -1 ? '' : url.slice(at + 1);
}

function decodeQuery(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * The decoded forms a client may have signed: percent-decoded, and form-decoded (`+` read as a space, as PHP's
 * urldecode does for a query built by http_build_query).
 */
function decodedForms(raw: string): string[] {
  const forms = [decodeQuery(raw), decodeQuery(raw.replace(/\+/g, ' '))];
  return [...new Set(forms.filter((form): form is string => form !== null && form !== raw))];
}

function sameSignature(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Judges the signature headers of one request against the account's credentials. */
export function judgeSignature(
  credentials: ApiCredentials,
  headers: { id?: string; signature?: string },
  rawQuery: string,
): SignatureVerdict {
  if (!headers.id || !headers.signature) return 'missing';
  if (headers.id.toLowerCase() !== credentials.apiId.toLowerCase()) return 'unknown-id';
  const signature = headers.signature;
  const matches = (text: string) => sameSignature(signature, signQuery(credentials.apiKey, text));
  return matches(rawQuery) || decodedForms(rawQuery).some(matches) ? 'valid' : 'invalid';
}

/** Stores the verdict in res.locals.signature without answering (faults and the call log need it first). */
export function judgeRequest(credentials: ApiCredentials): RequestHandler {
  return (req, res, next) => {
    res.locals.signature = judgeSignature(
      credentials,
      { id: req.get('api-auth-id'), signature: req.get('api-auth-signature') },
      rawQueryOf(req.originalUrl),
    );
    next();
  };
}

const forbiddenText: Record<string, string> = {
  missing: 'The api-auth-id and api-auth-signature headers are required.',
  'unknown-id': 'The api-auth-id is not known.',
  invalid: 'The api-auth-signature does not match the query string.',
};

/** Answers 403 unless the verdict is valid; checks client-type when it is sent. */
export function requireSignature(): RequestHandler {
  return (req, res, next) => {
    const verdict = res.locals.signature as SignatureVerdict;
    if (verdict !== 'valid') {
      next(new UnleashedError(403, { Description: forbiddenText[verdict] ?? 'Forbidden.' }));
      return;
    }
    const clientType = req.get('client-type');
    if (clientType !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(clientType)) {
      next(
        validationError([
          fieldError(
            'client-type',
            'client-type must look like partner_name/app_name (no spaces).',
            'Invalid',
          ),
        ]),
      );
      return;
    }
    next();
  };
}
