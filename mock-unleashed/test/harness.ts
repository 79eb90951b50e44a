// Starts a real mock Unleashed on a random loopback port for one test file, with signed-request helpers.
import type { AddressInfo } from 'node:net';
import { createApp } from '../src/app.ts';
import { signQuery } from '../src/auth.ts';
import { MockClock } from '../src/clock.ts';
import { generateSeed } from '../src/seed/index.ts';
import { openStore } from '../src/store.ts';
import type { SeedName } from '../src/types.ts';

export const TEST_API_ID = '0a0b0c0d-1111-4222-8333-444455556666';
export const TEST_API_KEY = 'test-api-key';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

export interface RunningMock {
  url: string;
  clock: MockClock;
  /** Headers that sign `pathAndQuery` (everything after `?` is signed as sent). */
  signed(pathAndQuery: string, extra?: Record<string, string>): Record<string, string>;
  /** A signed fetch; the body is sent as JSON. */
  call(
    method: string,
    pathAndQuery: string,
    body?: unknown,
  ): Promise<{ status: number; body: Json; headers: Headers }>;
  /** An unsigned call to the QA control API. */
  control(method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }>;
  close(): Promise<void>;
}

export async function startMock(
  options: { seed?: SeedName; validateResponses?: boolean } = {},
): Promise<RunningMock> {
  const clock = new MockClock();
  const store = await openStore(undefined, () =>
    generateSeed(options.seed ?? 'default', { seedNumber: 42, products: 3000, customers: 600 }),
  );
  const app = createApp({
    store,
    clock,
    credentials: { apiId: TEST_API_ID, apiKey: TEST_API_KEY },
    validateResponses: options.validateResponses ?? true,
    largeSizes: { products: 3000, customers: 600 },
    onUnexpectedError: (error) => console.error(error),
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signed = (pathAndQuery: string, extra: Record<string, string> = {}) => {
    const at = pathAndQuery.indexOf('?');
    const query = at === -1 ? '' : pathAndQuery.slice(at + 1);
    return {
      'api-auth-id': TEST_API_ID,
      'api-auth-signature': signQuery(TEST_API_KEY, query),
      Accept: 'application/json',
      'Content-Type': 'application/json',
      ...extra,
    };
  };
  const send = async (
    method: string,
    pathAndQuery: string,
    headers: Record<string, string>,
    body?: unknown,
  ) => {
    const response = await fetch(url + pathAndQuery, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };

  return {
    url,
    clock,
    signed,
    call: (method, pathAndQuery, body) => send(method, pathAndQuery, signed(pathAndQuery), body),
    control: (method, path, body) => send(method, path, {}, body),
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
