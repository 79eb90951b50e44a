// The signed client against the real mock Unleashed: signing, paging, and which failures are retried how.
// Waits are recorded by an injected `sleep` instead of slept, and jitter comes from an injected `random`;
// the mock's call log (/__control/calls) says what actually reached Unleashed.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Call } from '../../../mock-unleashed/src/types.ts';
import {
  type RunningMock,
  startMock,
  TEST_API_ID,
  TEST_API_KEY,
} from '../../../mock-unleashed/test/harness.ts';
import {
  type AttemptInfo,
  toQueryString,
  UnleashedClient,
  type UnleashedClientOptions,
  UnleashedHttpError,
} from './client.ts';
import { readPages } from './paging.ts';
import type { UProduct, USalesOrder } from './types.ts';

const ALL_STATUSES = 'Parked,Placed,Backordered,Completed,Deleted';
let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());
beforeEach(() => mock.control('DELETE', '/__control/calls'));
afterEach(() => mock.control('DELETE', '/__control/faults'));

/** A client for the mock's account that records every wait and attempt instead of sleeping. */
function clientFor(options: Partial<UnleashedClientOptions> = {}) {
  const delays: number[] = [];
  const attempts: AttemptInfo[] = [];
  const client = new UnleashedClient({
    baseUrl: mock.url,
    apiId: TEST_API_ID,
    apiKey: TEST_API_KEY,
    sleep: async (ms) => {
      delays.push(ms);
    },
    onAttempt: (attempt) => attempts.push(attempt),
    ...options,
  });
  return { client, delays, attempts, statuses: () => attempts.map((a) => a.status) };
}

/** What reached the mock on paths starting with `path`, oldest first. */
async function callsTo(path: string, method = 'GET'): Promise<Call[]> {
  const { body } = await mock.control(
    'GET',
    `/__control/calls?path=${encodeURIComponent(path)}&method=${method}`,
  );
  return body.Items;
}

const addFault = (fault: Record<string, unknown>) => mock.control('POST', '/__control/faults', fault);

describe('signing', () => {
  it('signs the decoded query and sends it encoded, so a value with a space still passes', async () => {
    const { client } = clientFor();
    const body = await client.get<{ Items: unknown[] }>('/Customers', { customerCode: 'DEMO 001', x: 'a/b' });
    expect(body.Items).toEqual([]);
    const calls = await callsTo('/Customers');
    expect(calls).toMatchObject([
      { query: 'customerCode=DEMO%20001&x=a/b', signature: 'valid', status: 200 },
    ]);
  });

  it('sends dates and lists unescaped, so the query sent and the query decoded are the same text', async () => {
    expect(
      toQueryString({
        modifiedSince: '2024-04-17T23:11:05',
        orderStatus: 'Parked,Placed',
        email: 'a@b.example',
      }),
    ).toBe('modifiedSince=2024-04-17T23:11:05&orderStatus=Parked,Placed&email=a@b.example');
  });

  it('filters by a date and code as Unleashed reads them', async () => {
    const { client } = clientFor();
    const query = { customerCode: 'DEMO001', modifiedSince: '2020-01-01T00:00:00' };
    const body = await client.get<{ Items: { CustomerCode: string }[] }>('/Customers', query);
    expect(body.Items.map((c) => c.CustomerCode)).toEqual(['DEMO001']);
    expect(await callsTo('/Customers')).toMatchObject([
      { query: 'customerCode=DEMO001&modifiedSince=2020-01-01T00:00:00', signature: 'valid' },
    ]);
  });
});

describe('paging (paging.ts readPages over the real client)', () => {
  const readerOf = (client: UnleashedClient, pageSize: number, stop = new AbortController().signal) => ({
    client,
    pageSize,
    checkStopped: () => {
      if (stop.aborted) throw new Error('stopped');
    },
  });

  it('visits every page exactly once, in order, and stops at NumberOfPages', async () => {
    const { client } = clientFor();
    const pagesDone: number[] = [];
    const guids = new Set<string>();
    let pagesTotal = 0;
    for await (const page of readPages<UProduct>(readerOf(client, 50), 'Products', {})) {
      pagesDone.push(page.pagesDone);
      pagesTotal = page.pagesTotal;
      for (const product of page.items) guids.add(product.Guid);
    }
    expect(pagesTotal).toBeGreaterThanOrEqual(5);
    expect(pagesDone).toEqual(Array.from({ length: pagesTotal }, (_, i) => i + 1));
    const calls = await callsTo('/Products');
    expect(calls.map((c) => `${c.path}?${c.query}`)).toEqual(
      pagesDone.map((n) => `/Products/${n}?pageSize=50`),
    );
    expect(guids.size).toBeGreaterThan((pagesTotal - 1) * 50);
  });

  it('reads an empty list with one request', async () => {
    const { client } = clientFor();
    const pages = [];
    const query = { productCode: 'NO-SUCH-PRODUCT' };
    for await (const page of readPages(readerOf(client, 50), 'Products', query)) pages.push(page);
    expect(pages).toMatchObject([{ items: [], pagesDone: 1, pagesTotal: 1 }]);
    expect(await callsTo('/Products')).toHaveLength(1);
  });

  it('stops between pages once its reader says so', async () => {
    const { client } = clientFor();
    const stop = new AbortController();
    let pagesRead = 0;
    const read = async () => {
      for await (const _page of readPages(readerOf(client, 50, stop.signal), 'Products', {})) {
        pagesRead++;
        stop.abort();
      }
    };
    await expect(read()).rejects.toThrow('stopped');
    expect(pagesRead).toBe(1);
    expect(await callsTo('/Products')).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries a 503 and then succeeds', async () => {
    await addFault({ kind: 'failNext', count: 2, status: 503, pathPrefix: '/Warehouses' });
    const { client, delays, statuses } = clientFor();
    const page = await client.page('Warehouses', 1);
    expect(page.items.length).toBeGreaterThan(0);
    expect(statuses()).toEqual([503, 503, 200]);
    expect(delays).toHaveLength(2);
    expect((await callsTo('/Warehouses')).map((c) => c.status)).toEqual([503, 503, 200]);
  });

  it('gives up on a 5xx after its retries with a transient UnleashedHttpError', async () => {
    await addFault({ kind: 'failNext', count: 10, status: 500, pathPrefix: '/Warehouses' });
    const { client, statuses } = clientFor({ retries: 2 });
    const error = await client.page('Warehouses', 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnleashedHttpError);
    expect(error).toMatchObject({ status: 500, transient: true });
    expect(statuses()).toEqual([500, 500, 500]);
  });

  it.each([
    [0, 2000],
    [0.999, 2000],
  ])('waits at least Retry-After after a 429 (jitter %s)', async (jitter, expected) => {
    await addFault({ kind: 'rateLimit', retryAfterSeconds: 2, count: 1, pathPrefix: '/Warehouses' });
    const { client, delays, statuses } = clientFor({ random: () => jitter });
    await client.page('Warehouses', 1);
    expect(statuses()).toEqual([429, 200]);
    expect(delays).toEqual([expected]);
  });

  it('waits out the jitter instead when it is longer than Retry-After', async () => {
    await addFault({ kind: 'rateLimit', retryAfterSeconds: 1, count: 1, pathPrefix: '/Warehouses' });
    const { client, delays } = clientFor({ random: () => 0.5, backoffBaseMs: 4000 });
    await client.page('Warehouses', 1);
    expect(delays).toEqual([2000]);
  });

  it.each([
    [
      '400 (a pageSize below 1)',
      400,
      (client: UnleashedClient) => client.get('/Products', { pageSize: 0 }),
      '/Products',
    ],
    ['403 (a wrong key)', 403, (client: UnleashedClient) => client.get('/Products'), '/Products'],
    [
      '404 (no such order)',
      404,
      (client: UnleashedClient) => client.get(`/SalesOrders/${randomUUID()}`),
      '/SalesOrders',
    ],
  ])('does not retry a %s', async (_name, status, request, path) => {
    const { client, delays } = clientFor(status === 403 ? { apiKey: 'not-the-key' } : {});
    const error = await request(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnleashedHttpError);
    expect(error).toMatchObject({ status, transient: false });
    expect(await callsTo(path)).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it('retries a request that hangs past its timeout, then fails with status "timeout"', async () => {
    await addFault({ kind: 'hang', hangMs: 10_000, pathPrefix: '/Warehouses' });
    const { client, delays, statuses } = clientFor({ timeoutMs: 100, retries: 2 });
    const error = await client.page('Warehouses', 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnleashedHttpError);
    expect(error).toMatchObject({ status: 'timeout', transient: true });
    expect(statuses()).toEqual(['timeout', 'timeout', 'timeout']);
    expect(delays).toHaveLength(2);
    // The mock logs a call when the client hangs up (status 0).
    await expect.poll(async () => (await callsTo('/Warehouses')).map((c) => c.status)).toEqual([0, 0, 0]);
  });

  it('backs off exponentially with full jitter, never past the cap', async () => {
    await addFault({ kind: 'failNext', count: 6, status: 503, pathPrefix: '/Taxes' });
    const randoms = [0.999, 0.5, 0.999, 0.25, 0.999, 0.999];
    const { client, delays } = clientFor({
      retries: 6,
      backoffBaseMs: 100,
      backoffMaxMs: 1000,
      random: () => randoms.shift() ?? 0,
    });
    await client.page('Taxes', 1);
    // Ceilings: min(1000, 100 × 2^attempt) = 100, 200, 400, 800, 1000, 1000.
    expect(delays).toEqual([99, 100, 399, 200, 999, 999]);
  });
});

describe('writing a sales order', () => {
  const orderCount = async (): Promise<number> => {
    const { body } = await mock.call('GET', `/SalesOrders?pageSize=1&orderStatus=${ALL_STATUSES}`);
    return body.Pagination.NumberOfItems;
  };

  it('retries a POST whose answer was lost, and Unleashed still holds exactly one order', async () => {
    const before = await orderCount();
    await addFault({
      kind: 'failNext',
      count: 1,
      status: 502,
      method: 'POST',
      pathPrefix: '/SalesOrders',
      afterHandler: true,
    });
    const guid = randomUUID();
    const { client, statuses } = clientFor();
    const order = await client.post<USalesOrder>(`/SalesOrders/${guid}`, {
      OrderStatus: 'Placed',
      Customer: { CustomerCode: 'DEMO001' },
      Tax: { TaxCode: 'G.S.T.' },
      SalesOrderLines: [{ Product: { ProductCode: 'DEMO-PLENTY' }, OrderQuantity: 1, UnitPrice: 20 }],
    });
    expect(order.Guid).toBe(guid);
    expect(statuses()).toEqual([502, 200]);
    expect(await orderCount()).toBe(before + 1);
    const { body } = await mock.call('GET', `/SalesOrders?pageSize=1000&orderStatus=${ALL_STATUSES}`);
    expect(body.Items.filter((o: { Guid: string }) => o.Guid === guid)).toHaveLength(1);
  });
});
