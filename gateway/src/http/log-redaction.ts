// What of a request's URL may go into a log line: the path and query with every secret replaced. Invitation links
// (`/invitations/<token>`, served as the storefront) and reset- or verify-style links carry a live token in the
// path; any query parameter whose name speaks of a token, secret, password, key or signature carries one too.
export const REDACTED = '[redacted]';

/** Path words followed by a secret segment. */
const SECRET_AFTER =
  /^(invitations?|reset|reset-password|password-reset|passwords|verify|verify-email|confirm|magic-link|login-link|unsubscribe)$/i;
/** Segments after those words that name an API action, not a secret (`/store/invitations/accept`). */
const ACTIONS = new Set(['open', 'accept', 'decline', 'resend', 'primary-contacts']);
const SECRET_PARAM = /token|secret|passw|signature|api[-_]?key|^key$|^sig$|^code$|^auth/i;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function redactPath(path: string): string {
  const segments = path.split('/');
  for (let i = 1; i < segments.length; i++) {
    const before = decoded(segments[i - 1] ?? '');
    const segment = segments[i] ?? '';
    if (segment !== '' && SECRET_AFTER.test(before) && !ACTIONS.has(decoded(segment).toLowerCase()))
      segments[i] = REDACTED;
  }
  return segments.join('/');
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals === -1 ? pair : pair.slice(0, equals);
      return equals !== -1 && SECRET_PARAM.test(decoded(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
}

/** The URL (path and query, as the request line had it) with token-bearing path segments and query values redacted. */
export function redactUrl(url: string): string {
  const hash = url.indexOf('#');
  const withoutHash = hash === -1 ? url : url.slice(0, hash);
  const question = withoutHash.indexOf('?');
  if (question === -1) return redactPath(withoutHash);
  return `${redactPath(withoutHash.slice(0, question))}?${redactQuery(withoutHash.slice(question + 1))}`;
}
