// The production path (no response validation; cached serialised pages) answers exactly what the validated
// path answers, and a write is seen by the very next read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import { type RunningMock, startMock } from './harness.ts';

let validated: RunningMock;
let production: RunningMock;
beforeAll(async () => {
  [validated, production] = await Promise.all([startMock(), startMock({ validateResponses: false })]);
});
afterAll(async () => {
  await Promise.all([validated.close(), production.close()]);
});

/** The raw answer, with the mock's own base URL (in image links) replaced so that two mocks compare equal. */
async function rawText(mock: RunningMock, pathAndQuery: string) {
  const response = await fetch(mock.url + pathAndQuery, { headers: mock.signed(pathAndQuery) });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return (await response.text()).replaceAll(mock.url, '<base>');
}

describe('the same answers', () => {
  it.each([
    '/Products?pageSize=100',
    '/Products/2?pageSize=100&customerCode=DEMO001',
    '/Customers?pageSize=50&includeAllContacts=true',
    '/ProductPrices?pageSize=100',
    '/StockOnHand?warehouseCode=MAIN&pageSize=100',
    '/Warehouses',
    '/PaymentTerms',
  ])('when %s is read on the production path, then the JSON equals the validated path', async (path) => {
    const expected = JSON.parse(await rawText(validated, path));
    expect(JSON.parse(await rawText(production, path))).toEqual(expected);
  });

  it('when the same page is read twice on the production path, then the cached text is byte for byte the same', async () => {
    const path = '/Products?pageSize=20&productCode=DEMO-';
    expect(await rawText(production, path)).toBe(await rawText(production, path));
  });
});

describe('writes drop the cache', () => {
  it('when a product price changes, then the very next GET of the product and of the list shows the new price', async () => {
    const code = DEFAULT_SEED_FACTS.products.low.code;
    const list = `/Products?productCode=${code}`;
    const [before] = (await production.call('GET', list)).body.Items;
    await production.call('GET', `/Products/${before.Guid}`);

    const newPrice = before.DefaultSellPrice + 2;
    expect(
      (await production.call('POST', `/Products/${before.Guid}`, { DefaultSellPrice: newPrice })).status,
    ).toBe(200);

    expect((await production.call('GET', `/Products/${before.Guid}`)).body.DefaultSellPrice).toBe(newPrice);
    expect((await production.call('GET', list)).body.Items[0].DefaultSellPrice).toBe(newPrice);
  });

  it('when a product is made obsolete, then the very next list leaves it out', async () => {
    const guid = crypto.randomUUID();
    const code = `PROD-${guid.slice(0, 8).toUpperCase()}`;
    await production.call('POST', `/Products/${guid}`, {
      ProductCode: code,
      ProductDescription: 'Soon obsolete',
    });
    const list = `/Products?productCode=${code}`;
    expect((await production.call('GET', list)).body.Items).toHaveLength(1);

    await production.call('POST', `/Products/Obsolete/${guid}`);
    expect((await production.call('GET', list)).body.Items).toEqual([]);
  });

  it('when a contact is added, then the very next customer read shows it', async () => {
    const { cafe } = DEFAULT_SEED_FACTS.customers;
    const list = `/Customers?customerCode=${cafe.code}&includeAllContacts=true`;
    const [before] = (await production.call('GET', list)).body.Items;
    expect(before.Contacts).toEqual([]);

    await production.call('POST', `/Customers/${before.Guid}/Contacts`, {
      FirstName: 'Carla',
      LastName: 'Cafe',
    });

    const [after] = (await production.call('GET', list)).body.Items;
    expect(after.Contacts.map((c: { FirstName: string }) => c.FirstName)).toEqual(['Carla']);
    expect(after.ContactFirstName).toBe('Carla');
  });
});
