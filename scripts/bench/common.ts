// Settings and small helpers shared by the bench script and its child processes.
import { signQuery } from '../../mock-unleashed/src/auth.ts';

export const BENCH_CREDENTIALS = { apiId: '0b0e0c0d-1234-4567-8901-be0c4be0c4be', apiKey: 'bench-api-key' };

/** What a child process sends once it listens; `seed` only for the mock. */
export interface ReadyMessage {
  port: number;
  seed?: { products: number; customers: number; ms: number; jsonBytes: number };
}

export function wholeNumber(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number ≥ ${min} (got "${raw}").`);
  return value;
}

export function seedSizes(): { products: number; customers: number } {
  return {
    products: wholeNumber('MOCK_UNLEASHED_LARGE_PRODUCTS', 50_000, 1_000),
    customers: wholeNumber('MOCK_UNLEASHED_LARGE_CUSTOMERS', 10_000, 0),
  };
}

export function loadSettings(): { duration: number; connections: number; warmup: number } {
  return {
    duration: wholeNumber('BENCH_DURATION', 10, 1),
    connections: wholeNumber('BENCH_CONNECTIONS', 10, 1),
    warmup: wholeNumber('BENCH_WARMUP', 2, 0),
  };
}

/** The headers of a validly signed Unleashed GET of `pathAndQuery`. */
export function signedHeaders(pathAndQuery: string): Record<string, string> {
  const at = pathAndQuery.indexOf('?');
  return {
    'api-auth-id': BENCH_CREDENTIALS.apiId,
    'api-auth-signature': signQuery(BENCH_CREDENTIALS.apiKey, at === -1 ? '' : pathAndQuery.slice(at + 1)),
    Accept: 'application/json',
  };
}
