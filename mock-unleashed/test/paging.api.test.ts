// Paging as Unleashed does it: the page number in the path (three forms), pageSize, pages past the end,
// case-insensitive and unknown query parameters, and a GUID in the page slot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import { type RunningMock, startMock } from './harness.ts';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

const codes = (body: { Items: { ProductCode: string }[] }) => body.Items.map((item) => item.ProductCode);

async function get(pathAndQuery: string) {
  const response = await mock.call('GET', pathAndQuery);
  expect(response.status, `${pathAndQuery}: ${JSON.stringify(response.body)}`).toBe(200);
  return response.body;
}

describe('the page number goes in the path', () => {
  it('when page 2 is asked as /Products/2 or /Products/Page/2, then both give the records after page 1', async () => {
    const firstTen = codes(await get('/Products?pageSize=10'));
    const pathForm = await get('/Products/2?pageSize=5');
    const oldForm = await get('/Products/Page/2?pageSize=5');

    expect(codes(pathForm)).toEqual(firstTen.slice(5, 10));
    expect(oldForm).toEqual(pathForm);
    expect(pathForm.Pagination).toMatchObject({ PageNumber: 2, PageSize: 5 });
  });

  it('when /Products, /Products/1 and /Products/Page/1 are asked, then they are the same page', async () => {
    const plain = await get('/Products?pageSize=7');
    expect(await get('/Products/1?pageSize=7')).toEqual(plain);
    expect(await get('/Products/Page/1?pageSize=7')).toEqual(plain);
  });

  it('when a pageNumber query parameter is sent, then it is ignored and page 1 comes back', async () => {
    const pageOne = await get('/Products?pageSize=5');
    expect(await get('/Products?pageSize=5&pageNumber=2')).toEqual(pageOne);
  });

  it('when a page past the last is asked, then Items is empty and NumberOfItems is the true total', async () => {
    const { Pagination } = await get('/Products?pageSize=50');
    const past = await get(`/Products/${Pagination.NumberOfPages + 1}?pageSize=50`);
    expect(past.Items).toEqual([]);
    expect(past.Pagination).toEqual({ ...Pagination, PageNumber: Pagination.NumberOfPages + 1 });
  });

  it('when nothing matches, then the page is empty with NumberOfItems 0 and NumberOfPages 0', async () => {
    const body = await get('/Products?productCode=NO-SUCH-PRODUCT');
    expect(body).toEqual({
      Pagination: { NumberOfItems: 0, PageSize: 200, PageNumber: 1, NumberOfPages: 0 },
      Items: [],
    });
  });

  it('when pages are walked to the end, then every record comes exactly once', async () => {
    const { Pagination } = await get('/Customers?pageSize=40');
    const seen: string[] = [];
    for (let page = 1; page <= Pagination.NumberOfPages; page++) {
      seen.push(...(await get(`/Customers/${page}?pageSize=40`)).Items.map((c: { Guid: string }) => c.Guid));
    }
    expect(seen).toHaveLength(Pagination.NumberOfItems);
    expect(new Set(seen).size).toBe(Pagination.NumberOfItems);
  });
});

describe('pageSize', () => {
  it('when pageSize is left out, then pages hold 200 records', async () => {
    const body = await get('/Products');
    expect(body.Pagination.PageSize).toBe(200);
    expect(body.Pagination.NumberOfItems).toBeGreaterThan(200);
    expect(body.Items).toHaveLength(200);
  });

  it('when pageSize is above 1000, then it is clamped to 1000', async () => {
    const body = await get('/Products?pageSize=1001');
    expect(body.Pagination.PageSize).toBe(1000);
    expect(body.Items).toHaveLength(Math.min(1000, body.Pagination.NumberOfItems));
  });

  it.each(['0', '-1', 'abc', '2.5'])(
    'when pageSize is %s, then the answer is a 400 naming pageSize',
    async (size) => {
      const { status, body } = await mock.call('GET', `/Products?pageSize=${size}`);
      expect(status).toBe(400);
      expect(body.Items).toEqual([
        { Field: 'pageSize', Description: expect.any(String), ErrorCode: expect.any(String) },
      ]);
    },
  );
});

describe('query parameter names', () => {
  it('when a parameter name is written in another case, then it filters the same', async () => {
    const camel = await get('/Products?productCode=DEMO-&pageSize=2');
    expect(codes(camel).length).toBeGreaterThan(0);
    expect(await get('/Products?ProductCode=DEMO-&PAGESIZE=2')).toEqual(camel);
  });

  it('when a boolean is written True, as .NET and Python clients send it, then it counts as true', async () => {
    const lower = await get('/Products?includeObsolete=true&pageSize=1000');
    expect(await get('/Products?includeObsolete=True&pageSize=1000')).toEqual(lower);
    expect(lower.Pagination.NumberOfItems).toBeGreaterThan(
      (await get('/Products?pageSize=1000')).Pagination.NumberOfItems,
    );
  });

  it('when an unknown parameter is sent, then it is ignored', async () => {
    expect(await get('/Products?pageSize=5&colour=blue')).toEqual(await get('/Products?pageSize=5'));
  });
});

describe('a GUID in the page slot', () => {
  it('when the segment is a product GUID, then that one product comes back without an envelope', async () => {
    const code = DEFAULT_SEED_FACTS.products.plenty.code;
    const [listed] = (await get(`/Products?productCode=${code}`)).Items;
    const one = await get(`/Products/${listed.Guid}`);
    expect(one).toEqual(listed);
    expect(one).not.toHaveProperty('Pagination');
  });

  it('when the GUID is written in upper case, then the same record comes back', async () => {
    const [listed] = (await get('/Customers?pageSize=1')).Items;
    expect(await get(`/Customers/${listed.Guid.toUpperCase()}`)).toEqual(listed);
  });

  it('when no record has that GUID, then the answer is a 404 with a Description', async () => {
    const { status, body } = await mock.call('GET', `/Products/${crypto.randomUUID()}`);
    expect(status).toBe(404);
    expect(body).toEqual({ Description: expect.any(String) });
  });

  it.each(['not-a-page', '0', '2x'])(
    'when the segment is "%s", then the answer is a 400',
    async (segment) => {
      const { status, body } = await mock.call('GET', `/Products/${segment}`);
      expect(status).toBe(400);
      expect(body.Items[0]).toEqual({
        Field: expect.any(String),
        Description: expect.any(String),
        ErrorCode: expect.any(String),
      });
    },
  );
});
