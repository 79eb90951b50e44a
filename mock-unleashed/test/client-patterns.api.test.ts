// The mock driven the way two open-source Unleashed clients drive the real API (issue 13, item 4); the request
// building below is ours, written from reading theirs. n8n's Unleashed node: `base/` + `/Resource/page` (so the
// path starts `//`), the query encoded by `qs` (commas and colons percent-encoded) and signed in that encoded
// form, a paging loop until PageNumber reaches NumberOfPages, dates as YYYY-MM-DD, and single
// records read by GUID. PyUnleashed: `base/` + endpoint + `?` + Python's urlencode (spaces as `+`, `?` even when
// the query is empty), the signature over that same text, and Python booleans sent as `True`/`False`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import { FACTS } from './sales-order-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

/** As n8n builds it: `//Resource[/page]?` + the query encoded like `qs` (RFC 3986), signed as encoded. */
function n8nRequest(resource: string, query: Record<string, string | number>, page?: number) {
  const encoded = Object.entries(query)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join('&');
  const path = `//${resource}${page === undefined ? '' : `/${page}`}`;
  return mock.call('GET', encoded ? `${path}?${encoded}` : path);
}

/** As PyUnleashed builds it: `/endpoint?` + urlencode(params) (form encoding), always with the `?`. */
function pyRequest(endpoint: string, params: Record<string, string | number | boolean> = {}) {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    form.append(name, typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value));
  return mock.call('GET', `/${endpoint}?${form.toString()}`);
}

describe("n8n's Unleashed node", () => {
  it('when it pages through every product with its loop (page after page until PageNumber reaches NumberOfPages), then it gets each product once and stops at the last page', async () => {
    const seen: Json[] = [];
    let page = 0;
    let body: Json;
    do {
      page++;
      // n8n asks for 1000 a page; 100 here, so that the default seed spans several pages.
      const answer = await n8nRequest('Products', { pageSize: 100 }, page);
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      body = answer.body;
      seen.push(...body.Items);
    } while (body.Pagination.PageNumber < body.Pagination.NumberOfPages);
    expect(page).toBeGreaterThan(1);
    expect(seen).toHaveLength(body.Pagination.NumberOfItems);
    expect(new Set(seen.map((p) => p.Guid)).size).toBe(seen.length);
  });

  it('when it lists sales orders in two statuses between two dates given as YYYY-MM-DD, then the encoded query is accepted and every order fits', async () => {
    const answer = await n8nRequest(
      'SalesOrders',
      { pageSize: 1000, orderStatus: 'Completed,Placed', startDate: '2020-01-01', endDate: '2026-12-31' },
      1,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const orders: Json[] = answer.body.Items;
    expect(orders.length).toBeGreaterThan(0);
    for (const order of orders) {
      expect(['Completed', 'Placed']).toContain(order.OrderStatus);
      const at = Number(/\d+/.exec(order.OrderDate)?.[0]);
      expect(at).toBeGreaterThanOrEqual(Date.UTC(2020, 0, 1));
      expect(at).toBeLessThanOrEqual(Date.UTC(2026, 11, 31, 23, 59, 59));
    }
  });

  it('when it reads one product’s stock by GUID, then that product’s stock comes back', async () => {
    const [product] = (await n8nRequest('Products', { productCode: FACTS.products.plenty.code })).body.Items;
    const stock = await n8nRequest(`StockOnHand/${product.Guid}`, {});
    expect(stock.status).toBe(200);
    expect(stock.body.ProductGuid ?? stock.body.Items?.[0]?.ProductGuid).toBe(product.Guid);
  });
});

describe('PyUnleashed', () => {
  it('when it asks with an empty query (a bare `?`), then the list comes back', async () => {
    const answer = await pyRequest('Warehouses');
    expect(answer.status).toBe(200);
    expect(answer.body.Items.map((w: Json) => w.WarehouseCode)).toContain(FACTS.warehouses.default);
  });

  it('when a filter value holds spaces (sent as +) and a timestamp (colons encoded), then both are read as meant', async () => {
    const byWords = await pyRequest('Products', { product: 'Demo Plenty' });
    expect(byWords.status, JSON.stringify(byWords.body)).toBe(200);
    expect(byWords.body.Items.map((p: Json) => p.ProductCode)).toContain(FACTS.products.plenty.code);
    const since = await pyRequest('Customers', { modifiedSince: '2020-01-01T00:00:00', pageSize: 5 });
    expect(since.status, JSON.stringify(since.body)).toBe(200);
    expect(since.body.Items).toHaveLength(5);
  });

  it('when it sends a Python boolean (includeObsolete=True), then it is taken as true', async () => {
    const all = await pyRequest('Customers', { includeObsolete: true, pageSize: 1000 });
    const active = await pyRequest('Customers', { includeObsolete: false, pageSize: 1000 });
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(active.status, JSON.stringify(active.body)).toBe(200);
    expect(all.body.Pagination.NumberOfItems).toBeGreaterThan(active.body.Pagination.NumberOfItems);
    expect(all.body.Items.some((c: Json) => c.Obsolete)).toBe(true);
  });

  it('when it reads one customer by code, then exactly that customer comes back', async () => {
    const answer = await pyRequest('Customers', { customerCode: FACTS.customers.wholesale.code });
    expect(answer.status).toBe(200);
    expect(answer.body.Items[0]).toMatchObject({ CustomerCode: FACTS.customers.wholesale.code });
  });
});
