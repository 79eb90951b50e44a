// The signed Unleashed client: every request carries api-auth-id and api-auth-signature (Base64 HMAC-SHA256
// of the query string), has a timeout, and is retried with exponential backoff and jitter on 429 (honouring
// Retry-After), 5xx, timeouts and network errors — never on other 4xx. One page of a list is asked for in the
// path with pageSize=1000; reading a whole list is paging.ts's, under the operations of operations.ts. Sales
// orders are written to a GUID chosen by the caller, so a retry cannot double an order.
import { createHmac } from 'node:crypto';
import type { UPagination } from './types.ts';

export type QueryValue = string | number | boolean | undefined | null;
export type Query = Record<string, QueryValue>;

export interface UnleashedClientOptions {
  baseUrl: string;
  apiId: string;
  apiKey: string;
  /** Sent as client-type. */
  clientType?: string;
  /** Per attempt. Default 20 s. */
  timeoutMs?: number;
  /** Retries after the first attempt. Default 5. */
  retries?: number;
  /** Backoff base and cap in ms. Defaults 250 and 15,000. */
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /** Injected for tests. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Told about every attempt (counting calls, logging). */
  onAttempt?: (attempt: AttemptInfo) => void;
}

export interface AttemptInfo {
  method: string;
  path: string;
  attempt: number;
  status: number | 'timeout' | 'network-error';
  durationMs: number;
}

/** An answer from Unleashed that is not a success, after any retries. */
export class UnleashedHttpError extends Error {
  constructor(
    readonly status: number | 'timeout' | 'network-error',
    readonly body: unknown,
    readonly method: string,
    readonly path: string,
  ) {
    super(`Unleashed ${method} ${path} failed: ${status}${describeBody(body)}`);
  }

  /** True for failures that may pass on a later try (not a refusal of the request itself). */
  get transient(): boolean {
    return typeof this.status !== 'number' || this.status === 429 || this.status >= 500;
  }
}

function describeBody(body: unknown): string {
  if (!body || typeof body !== 'object') return '';
  const record = body as { Description?: string; Items?: { Field?: string; Description?: string }[] };
  if (record.Description) return ` (${record.Description})`;
  if (Array.isArray(record.Items))
    return ` (${record.Items.map((i) => `${i.Field}: ${i.Description}`).join('; ')})`;
  return '';
}

export interface Page<T> {
  items: T[];
  pagination: UPagination;
}

export const PAGE_SIZE = 1000;

/** Base64(HMAC-SHA256(key, query string)). */
export function signQuery(apiKey: string, queryString: string): string {
  return createHmac('sha256', apiKey).update(queryString, 'utf8').digest('base64');
}

/**
 * The query as sent: names and values percent-encoded, except the characters a filter commonly holds
 * (`: , / @`), and spaces as %20. For everything the gateway sends, the sent query and its percent-decoded
 * form are then the same text, so the signature holds whichever of the two Unleashed checks.
 */
export function toQueryString(query: Query = {}): string {
  const encode = (text: string) =>
    encodeURIComponent(text)
      .replace(/%3A/gi, ':')
      .replace(/%2C/gi, ',')
      .replace(/%2F/gi, '/')
      .replace(/%40/gi, '@');
  return Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => `${encode(name)}=${encode(String(value))}`)
    .join('&');
}

/** What is signed: the decoded query (the reference's strongest evidence), the sent one when it will not decode. */
export function signedText(queryString: string): string {
  try {
    return decodeURIComponent(queryString);
  } catch {
    return queryString;
  }
}

/** Retry-After in ms, as seconds or an HTTP date; undefined when absent or unreadable. */
function readRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export class UnleashedClient {
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly options: UnleashedClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', path, query);
  }

  post<T>(path: string, body?: unknown, query?: Query): Promise<T> {
    return this.request<T>('POST', path, query, body);
  }

  put<T>(path: string, body?: unknown, query?: Query): Promise<T> {
    return this.request<T>('PUT', path, query, body);
  }

  delete<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>('DELETE', path, query);
  }

  /** One page of a list (`/Resource/{page}?pageSize=1000&…`). */
  async page<T>(resource: string, pageNumber: number, query: Query = {}): Promise<Page<T>> {
    const body = await this.get<{ Pagination: UPagination; Items: T[] }>(`/${resource}/${pageNumber}`, {
      pageSize: PAGE_SIZE,
      ...query,
    });
    return { items: body.Items, pagination: body.Pagination };
  }

  private async request<T>(
    method: string,
    path: string,
    query: Query | undefined,
    body?: unknown,
  ): Promise<T> {
    const queryString = toQueryString(query);
    const url = `${this.options.baseUrl.replace(/\/$/, '')}${path}${queryString ? `?${queryString}` : ''}`;
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'api-auth-id': this.options.apiId,
      'api-auth-signature': signQuery(this.options.apiKey, signedText(queryString)),
      'client-type': this.options.clientType ?? 'b2bportal/gateway',
    };
    const retries = this.options.retries ?? 5;
    for (let attempt = 0; ; attempt++) {
      const started = performance.now();
      let failure: UnleashedHttpError;
      let retryAfterMs: number | undefined;
      try {
        const response = await this.fetch(url, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000),
        });
        const text = await response.text();
        const parsed: unknown = text ? safeJson(text) : undefined;
        this.report(method, path, attempt, response.status, started);
        if (response.ok) return parsed as T;
        failure = new UnleashedHttpError(response.status, parsed, method, path);
        if (response.status === 429)
          retryAfterMs = readRetryAfter(response.headers.get('retry-after'), Date.now());
      } catch (error) {
        const status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'network-error';
        this.report(method, path, attempt, status, started);
        failure = new UnleashedHttpError(status, undefined, method, path);
      }
      if (!failure.transient || attempt >= retries) throw failure;
      // Asked to wait longer than we would ever back off: give up now (still transient) so the caller can
      // reschedule, instead of holding a sync for an hour.
      if (retryAfterMs !== undefined && retryAfterMs > (this.options.backoffMaxMs ?? 15_000)) throw failure;
      await this.sleep(this.backoff(attempt, retryAfterMs));
    }
  }

  /** Full jitter: random(0, min(cap, base × 2^attempt)), but never sooner than Retry-After. */
  private backoff(attempt: number, retryAfterMs?: number): number {
    const cap = Math.min(
      this.options.backoffMaxMs ?? 15_000,
      (this.options.backoffBaseMs ?? 250) * 2 ** attempt,
    );
    const jitter = Math.floor(this.random() * cap);
    return retryAfterMs === undefined ? jitter : Math.max(retryAfterMs, jitter);
  }

  private report(
    method: string,
    path: string,
    attempt: number,
    status: AttemptInfo['status'],
    started: number,
  ): void {
    this.options.onAttempt?.({ method, path, attempt, status, durationMs: performance.now() - started });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
