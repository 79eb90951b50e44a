// Small text helpers shared by every email: HTML escaping, safe links, dates, money, and masking of links that
// carry a secret token (so the outbox copy an admin reads never holds a working accept link).

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values; every variable goes through this. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Collapses line breaks and runs of spaces: subjects and one-line fields can never break a header. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The URL itself when it is http(s); anything else (javascript:, data:) is refused before it reaches a link. */
export function safeUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('An email link must be an absolute http(s) URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('An email link must be an absolute http(s) URL.');
  }
  return url.toString();
}

/**
 * The link with its secret parts hidden: the query and fragment are dropped and every path segment of 16 or
 * more characters (tokens are 43) becomes `hidden`. Used for the outbox copy of messages with accept links.
 */
export function maskSecretUrl(value: string): string {
  try {
    const url = new URL(value);
    const path = url.pathname
      .split('/')
      .map((segment) => (segment.length >= 16 ? 'hidden' : segment))
      .join('/');
    return `${url.origin}${path}${url.search || url.hash ? '?hidden' : ''}`;
  } catch {
    return 'hidden';
  }
}

/** A date such as "8 November 2026" (or "Sunday 8 November 2026" with `weekday`) in the given time zone. */
export function formatDate(iso: string, timeZone: string, weekday = false): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(date);
  if (!weekday) return day;
  return `${new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone }).format(date)} ${day}`;
}

/** An amount such as "NZ$1,234.50"; an unknown currency code falls back to "1234.50 XYZ". */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

/** Splits plain text into paragraphs at blank lines (CRLF tolerated); each keeps its single line breaks. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Escapes a paragraph and turns its single line breaks into <br />. */
export function paragraphHtml(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br />');
}
