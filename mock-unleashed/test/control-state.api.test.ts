// The QA control API, part 2: reset to a named seed, the mock's clock, stock adjustments and usage limits.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import { FACTS, stockIn } from './sales-order-fixtures.ts';

let mock: RunningMock;
const freshPages: Record<string, unknown> = {};
const PAGES = [
  '/Products?pageSize=100',
  '/Customers/2?pageSize=50',
  '/SalesOrders?pageSize=100',
  '/StockOnHand?pageSize=100',
];

beforeAll(async () => {
  mock = await startMock();
  for (const page of PAGES) freshPages[page] = (await mock.call('GET', page)).body;
});
afterEach(async () => {
  await mock.control('POST', '/__control/reset', { seed: 'default' });
});
afterAll(() => mock.close());

const clock = (request: Record<string, unknown>) => mock.control('POST', '/__control/clock', request);
const limits = (request: Record<string, unknown>) => mock.control('PUT', '/__control/limits', request);
const statusOf = async (path: string) => (await mock.call('GET', path)).status;

describe('POST /__control/reset', () => {
  it('when reset to empty, then the account has no products; when reset to default, then it is exactly as at start', async () => {
    await mock.control('POST', '/__control/stock', {
      productCode: FACTS.products.low.code,
      setQtyOnHand: 99,
    });
    await mock.control('POST', '/__control/faults', { kind: 'latency', latencyMs: 1 });
    await limits({ rateLimitPerMinute: 100 });
    await clock({ advanceMs: 86_400_000 });

    const empty = await mock.control('POST', '/__control/reset', { seed: 'empty' });
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({
      seed: 'empty',
      counts: { products: 0, customers: 0, salesOrders: 0 },
    });
    expect((await mock.call('GET', '/Products')).body.Items).toEqual([]);

    const back = await mock.control('POST', '/__control/reset', { seed: 'default' });
    expect(back.body).toMatchObject({
      seed: 'default',
      faults: [],
      limits: { monthlyQuota: null, rateLimitPerMinute: null },
    });
    expect(back.body.clock).toMatchObject({ frozen: false, offsetMs: 0 });
    expect((await mock.control('GET', '/__control/calls')).body.Items).toEqual([]);
    for (const page of PAGES) expect((await mock.call('GET', page)).body, page).toEqual(freshPages[page]);
    const anchor = await mock.call('GET', `/Products?productCode=${FACTS.products.plenty.code}`);
    expect(anchor.body.Items[0]).toMatchObject({ ProductDescription: FACTS.products.plenty.description });
  });

  it('when the seed name is unknown, then it answers 400 and the data stays', async () => {
    const { status, body } = await mock.control('POST', '/__control/reset', { seed: 'huge' });
    expect(status).toBe(400);
    expect(body.Items).toContainEqual(expect.objectContaining({ Field: expect.stringContaining('seed') }));
    expect((await mock.control('GET', '/__control/state')).body.counts.products).toBeGreaterThan(0);
  });
});

describe('POST /__control/clock', () => {
  it('when the clock is frozen, set, moved and released, then its state follows each step', async () => {
    expect((await clock({ freezeAt: '2030-01-02T03:04:05Z' })).body).toMatchObject({
      now: '2030-01-02T03:04:05.000Z',
      frozen: true,
    });
    expect((await clock({ advanceMs: 60_000 })).body).toMatchObject({
      now: '2030-01-02T03:05:05.000Z',
      frozen: true,
    });

    const set = (await clock({ setTo: '2031-06-01T00:00:00Z' })).body;
    expect(set.frozen).toBe(false);
    expect(Date.parse(set.now)).toBeGreaterThanOrEqual(Date.parse('2031-06-01T00:00:00Z'));
    expect(Date.parse(set.now)).toBeLessThan(Date.parse('2031-06-01T00:01:00Z'));

    expect((await clock({ release: true })).body).toMatchObject({ frozen: false, offsetMs: 0 });
  });

  it('when more than one change is asked at once, then it answers 400 and the clock does not move', async () => {
    const before = (await mock.control('GET', '/__control/clock')).body;
    const { status } = await clock({ freezeAt: '2030-01-01T00:00:00Z', advanceMs: 5 });
    expect(status).toBe(400);
    expect((await mock.control('GET', '/__control/clock')).body).toMatchObject({
      frozen: before.frozen,
      offsetMs: 0,
    });
  });
});

describe('POST /__control/stock', () => {
  const low = FACTS.products.low.code;
  const MAIN = FACTS.warehouses.default;

  it('when stock is set and adjusted, then StockOnHand shows it and modifiedSince finds the change', async () => {
    await clock({ freezeAt: '2031-02-03T04:05:06Z' });
    const set = await mock.control('POST', '/__control/stock', { productCode: low, setQtyOnHand: 42 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ ProductCode: low, WarehouseCode: MAIN, QtyOnHand: 42 });

    await mock.control('POST', '/__control/stock', { productCode: low, warehouseCode: MAIN, adjustBy: -2 });
    const row = await stockIn(mock, MAIN, low);
    expect(row.QtyOnHand).toBe(40);
    expect(row.AvailableQty).toBe(40 - row.AllocatedQty);

    const changed = await mock.call('GET', '/StockOnHand?modifiedSince=2031-02-03T04:05:00');
    expect(changed.body.Items.map((r: { ProductCode: string }) => r.ProductCode)).toEqual([low]);
    expect(changed.body.Items[0].LastModifiedOn).toBe(`/Date(${Date.parse('2031-02-03T04:05:06Z')})/`);
  });

  it('when an adjustment would take stock below 0, then it answers 400 and the stock stays', async () => {
    const before = await stockIn(mock, MAIN, low);
    const { status } = await mock.control('POST', '/__control/stock', {
      productCode: low,
      adjustBy: -(before.QtyOnHand + 1),
    });
    expect(status).toBe(400);
    expect(await stockIn(mock, MAIN, low)).toEqual(before);
  });

  it('when the product does not exist, then it answers 404', async () => {
    const { status, body } = await mock.control('POST', '/__control/stock', {
      productCode: 'NO-SUCH-CODE',
      setQtyOnHand: 1,
    });
    expect(status).toBe(404);
    expect(body).toEqual({ Description: expect.any(String) });
  });
});

describe('PUT /__control/limits', () => {
  it('when the rate limit is 3 a minute, then the 4th call in a minute answers 429 with Retry-After, and the next minute is open', async () => {
    await clock({ freezeAt: '2030-03-15T10:00:10Z' });
    await limits({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect(await statusOf('/Warehouses')).toBe(200);

    const refused = await mock.call('GET', '/Warehouses');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ Description: expect.any(String) });
    expect(Number(refused.headers.get('retry-after'))).toBe(50);

    await clock({ advanceMs: 60_000 });
    expect(await statusOf('/Warehouses')).toBe(200);
  });

  it('when the monthly quota of 2 is spent, then the 3rd call answers 403 until the clock reaches next month', async () => {
    await clock({ freezeAt: '2030-03-31T23:00:00Z' });
    await limits({ monthlyQuota: 2, monthlyUsed: 0 });
    expect(await statusOf('/Warehouses')).toBe(200);
    expect(await statusOf('/Warehouses')).toBe(200);

    const blocked = await mock.call('GET', '/Warehouses');
    expect(blocked.status).toBe(403);
    expect(blocked.body).toEqual({ Description: expect.any(String) });
    expect((await mock.control('GET', '/__control/limits')).body).toMatchObject({
      monthlyQuota: 2,
      monthlyUsed: 2,
    });

    await clock({ freezeAt: '2030-04-01T00:00:01Z' });
    expect(await statusOf('/Warehouses')).toBe(200);
    expect((await mock.control('GET', '/__control/limits')).body).toMatchObject({ monthlyUsed: 1 });
  });

  it('when the limits are switched off, then calls pass again', async () => {
    await limits({ monthlyQuota: 1, rateLimitPerMinute: 1 });
    await mock.call('GET', '/Warehouses');
    expect(await statusOf('/Warehouses')).not.toBe(200);

    const off = await limits({ monthlyQuota: null, rateLimitPerMinute: null });
    expect(off.body).toMatchObject({ monthlyQuota: null, rateLimitPerMinute: null });
    for (let i = 0; i < 3; i++) expect(await statusOf('/Warehouses')).toBe(200);
  });
});

describe('control values out of any sane range (issue 17 item 7)', () => {
  const refusals: [string, string, Record<string, unknown>, string][] = [
    ['POST', '/__control/clock', { advanceMs: 1e308 }, 'advanceMs'],
    ['POST', '/__control/clock', { advanceMs: 2 ** 53 + 2 }, 'advanceMs'],
    [
      'POST',
      '/__control/stock',
      { productCode: FACTS.products.low.code, setQtyOnHand: 1e308 },
      'setQtyOnHand',
    ],
    ['POST', '/__control/stock', { productCode: FACTS.products.low.code, adjustBy: -1e308 }, 'adjustBy'],
    ['PUT', '/__control/limits', { monthlyQuota: 1e308 }, 'monthlyQuota'],
    ['PUT', '/__control/limits', { rateLimitPerMinute: 1e308 }, 'rateLimitPerMinute'],
    ['POST', '/__control/faults', { kind: 'failNext', status: 503, count: 1e308 }, 'count'],
    ['POST', '/__control/webhooks/faults', { kind: 'drop', count: 1e308 }, 'count'],
    ['POST', '/__control/reset', { seedNumber: 1e308 }, 'seedNumber'],
  ];

  it.each(refusals)(
    'when %s %s gets %j, then it answers 400 in Unleashed’s shape naming %s, and nothing changes',
    async (method, path, body, field) => {
      const before = (await mock.control('GET', '/__control/state')).body;
      const answer = await mock.control(method, path, body);
      expect(answer.status).toBe(400);
      expect(answer.body.Items).toEqual([expect.objectContaining({ Field: field, ErrorCode: 'Invalid' })]);
      const after = (await mock.control('GET', '/__control/state')).body;
      expect({ ...after, clock: undefined }).toEqual({ ...before, clock: undefined });
      expect(after.clock.offsetMs).toBe(before.clock.offsetMs);
    },
  );

  it('when steps each within range would move the clock past the year 9999, then the step that would is refused 400', async () => {
    await clock({ setTo: '9999-12-01T00:00:00Z' });
    const answer = await clock({ advanceMs: 100 * 86_400_000 });
    expect(answer.status).toBe(400);
    expect(answer.body.Items[0]).toMatchObject({ Field: 'advanceMs' });
    expect((await mock.control('GET', '/__control/clock')).body.now).toMatch(/^9999-12-01/);
  });

  it('when stock adjustments each within range would add up past the largest quantity, then the one that would is refused 400', async () => {
    const low = { productCode: FACTS.products.low.code };
    expect(
      (await mock.control('POST', '/__control/stock', { ...low, setQtyOnHand: 1_000_000_000 })).status,
    ).toBe(200);
    const answer = await mock.control('POST', '/__control/stock', { ...low, adjustBy: 1 });
    expect(answer.status).toBe(400);
    expect(answer.body.Items[0]).toMatchObject({ Field: 'adjustBy' });
  });
});
