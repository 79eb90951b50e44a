// The QA control API, part 1: faults on Unleashed paths (/__control/faults) and the call log (/__control/calls).
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import { line, lookUpSeed, orderBody, orderCount, type SeedRefs } from './sales-order-fixtures.ts';

let mock: RunningMock;
let seed: SeedRefs;

beforeAll(async () => {
  mock = await startMock();
  seed = await lookUpSeed(mock);
});
afterEach(async () => {
  await mock.control('DELETE', '/__control/faults');
});
afterAll(() => mock.close());

const addFault = async (fault: Record<string, unknown>): Promise<string> => {
  const { status, body } = await mock.control('POST', '/__control/faults', fault);
  expect(status).toBe(201);
  return body.id;
};
const statusOf = async (method: string, path: string, body?: unknown) =>
  (await mock.call(method, path, body)).status;
const faults = async () => (await mock.control('GET', '/__control/faults')).body.Items;

describe('fault kinds', () => {
  it('when a latency fault is on, then an Unleashed call takes at least that long and still succeeds', async () => {
    await addFault({ kind: 'latency', latencyMs: 400 });
    const started = performance.now();
    const status = await statusOf('GET', '/Warehouses');
    expect(status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(380);
  });

  it('when the caller hangs up during injected latency, then its order is not written and nothing fails', async () => {
    await addFault({ kind: 'latency', latencyMs: 600, pathPrefix: '/SalesOrders', method: 'POST' });
    const failures = vi.spyOn(console, 'error');
    const before = await orderCount(mock);
    const guid = crypto.randomUUID();
    const hangUp = new AbortController();
    const sent = fetch(`${mock.url}/SalesOrders/${guid}`, {
      method: 'POST',
      headers: mock.signed(''),
      body: JSON.stringify(orderBody(seed.wholesale, [line(seed.plenty, 1, 20)])),
      signal: hangUp.signal,
    });
    setTimeout(() => hangUp.abort(), 200);
    await expect(sent).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 700));
    await mock.control('DELETE', '/__control/faults');
    expect((await mock.call('GET', `/SalesOrders/${guid}`)).status).toBe(404);
    expect(await orderCount(mock)).toBe(before);
    expect(failures).not.toHaveBeenCalled();
    failures.mockRestore();
  });

  it('when an error fault has rate 0.5, then exactly every 2nd call fails with its status', async () => {
    await addFault({ kind: 'error', rate: 0.5, status: 502 });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push(await statusOf('GET', '/Warehouses'));
    expect(statuses).toEqual([200, 502, 200, 502, 200, 502]);
  });

  it('when failNext is set for 2 calls with 503, then two calls fail, the fault is listed with hits and remaining, and the third call succeeds', async () => {
    const id = await addFault({ kind: 'failNext', count: 2, status: 503 });
    const first = await mock.call('GET', '/Warehouses');
    expect(first.status).toBe(503);
    expect(first.body).toEqual({ Description: expect.any(String) });
    expect(await faults()).toEqual([
      expect.objectContaining({ id, kind: 'failNext', hits: 1, remaining: 1 }),
    ]);

    expect(await statusOf('GET', '/Warehouses')).toBe(503);
    expect(await statusOf('GET', '/Warehouses')).toBe(200);
    expect(await faults()).toEqual([]);
  });

  it('when a rateLimit fault is on, then calls answer 429 with Retry-After and a Description', async () => {
    await addFault({ kind: 'rateLimit', retryAfterSeconds: 7 });
    const { status, body, headers } = await mock.call('GET', '/Products');
    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('7');
    expect(body).toEqual({ Description: expect.any(String) });
  });

  it('when a hang fault is on, then the client times out, the call is logged with status 0, and once the fault is off the mock answers again', async () => {
    await addFault({ kind: 'hang' });
    const hung = fetch(`${mock.url}/Warehouses`, {
      headers: mock.signed('/Warehouses'),
      signal: AbortSignal.timeout(300),
    });
    await expect(hung).rejects.toMatchObject({ name: 'TimeoutError' });
    await vi.waitFor(async () => {
      const calls = (await mock.control('GET', '/__control/calls?path=/Warehouses&limit=1')).body.Items;
      expect(calls).toEqual([expect.objectContaining({ status: 0, fault: expect.any(String) })]);
    });

    await mock.control('DELETE', '/__control/faults');
    expect(await statusOf('GET', '/Warehouses')).toBe(200);
  });

  it('when any fault is on, then /__control paths are not affected', async () => {
    const id = await addFault({ kind: 'failNext', count: 5, status: 500 });
    expect((await mock.control('GET', '/__control/state')).status).toBe(200);
    expect((await mock.control('GET', '/__control/clock')).status).toBe(200);
    expect(await faults()).toEqual([expect.objectContaining({ id, hits: 0, remaining: 5 })]);
  });
});

describe('fault scope and removal', () => {
  it('when a fault has a pathPrefix and a method, then only matching calls are hit (prefix in any case)', async () => {
    await addFault({ kind: 'failNext', count: 3, status: 500, pathPrefix: '/salesorders', method: 'GET' });
    expect(await statusOf('GET', '/Warehouses')).toBe(200);
    expect(await statusOf('DELETE', `/SalesOrders/${crypto.randomUUID()}`)).toBe(404);
    expect(await statusOf('GET', '/SalesOrders?pageSize=1')).toBe(500);
    expect(await faults()).toEqual([expect.objectContaining({ hits: 1, remaining: 2 })]);
  });

  it('when afterHandler is set on a POST, then the client gets a 5xx but the order exists, and re-posting it answers 200 without a second order', async () => {
    await addFault({
      kind: 'failNext',
      status: 502,
      afterHandler: true,
      pathPrefix: '/SalesOrders',
      method: 'POST',
    });
    const before = await orderCount(mock);
    const guid = crypto.randomUUID();
    const body = orderBody(seed.wholesale, [line(seed.plenty, 1, 20)]);

    const lost = await mock.call('POST', `/SalesOrders/${guid}`, body);
    expect(lost.status).toBe(502);
    expect((await mock.call('GET', `/SalesOrders/${guid}`)).status).toBe(200);

    const retry = await mock.call('POST', `/SalesOrders/${guid}`, body);
    expect(retry.status).toBe(200);
    expect(retry.body.Guid).toBe(guid);
    expect(await orderCount(mock)).toBe(before + 1);
  });

  it('when one fault is deleted by id, then the others stay; when all are deleted, then none is left', async () => {
    const slow = await addFault({ kind: 'latency', latencyMs: 1 });
    const failing = await addFault({ kind: 'error', rate: 1, pathPrefix: '/Taxes' });
    expect((await mock.control('DELETE', `/__control/faults/${failing}`)).status).toBe(204);
    expect((await faults()).map((f: { id: string }) => f.id)).toEqual([slow]);
    expect(await statusOf('GET', '/Taxes')).toBe(200);
    expect((await mock.control('DELETE', `/__control/faults/${failing}`)).status).toBe(404);

    expect((await mock.control('DELETE', '/__control/faults')).status).toBe(204);
    expect(await faults()).toEqual([]);
  });

  it('when a fault request is malformed, then it answers 400 and no fault is added', async () => {
    expect((await mock.control('POST', '/__control/faults', { kind: 'meltdown' })).status).toBe(400);
    expect(await faults()).toEqual([]);
  });
});

describe('the call log', () => {
  it('when calls arrive, then each is logged with its status, signature verdict and fault, and can be filtered', async () => {
    const last = (await mock.control('GET', '/__control/calls?limit=1')).body.Items[0];
    const since = last?.seq ?? 0;
    const failing = await addFault({ kind: 'failNext', status: 503, pathPrefix: '/Taxes' });

    await mock.call('GET', '/Warehouses?pageSize=1');
    await fetch(`${mock.url}/Products`);
    await fetch(`${mock.url}/Customers?customerCode=DEMO`, {
      headers: mock.signed('/Customers?customerCode=OTHER'),
    });
    await mock.call('GET', '/Taxes');
    await mock.control('GET', '/__control/state');

    const calls = (await mock.control('GET', `/__control/calls?since=${since}`)).body.Items;
    expect(calls).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/Warehouses',
        query: 'pageSize=1',
        status: 200,
        signature: 'valid',
        fault: null,
      }),
      expect.objectContaining({ path: '/Products', status: 403, signature: 'missing' }),
      expect.objectContaining({ path: '/Customers', status: 403, signature: 'invalid' }),
      expect.objectContaining({ path: '/Taxes', status: 503, signature: 'valid', fault: failing }),
    ]);

    const byPath = (await mock.control('GET', `/__control/calls?since=${since}&path=/warehouses`)).body.Items;
    expect(byPath.map((c: { path: string }) => c.path)).toEqual(['/Warehouses']);
    await mock.call('DELETE', `/SalesOrders/${crypto.randomUUID()}`);
    const deletes = (await mock.control('GET', `/__control/calls?since=${since}&method=delete`)).body.Items;
    expect(deletes).toEqual([
      expect.objectContaining({
        method: 'DELETE',
        path: expect.stringMatching(/^\/SalesOrders\//),
        status: 404,
      }),
    ]);
    const newest = calls.at(-1).seq;
    expect((await mock.control('GET', `/__control/calls?since=${newest}&method=GET`)).body.Items).toEqual([]);
  });
});
