// The lookups (Warehouses, Taxes, Currencies, CustomerTypes, DeliveryMethods, ProductGroups, SellPriceTiers,
// PaymentTerms), and the wire format of dates on every resource.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import { type RunningMock, startMock } from './harness.ts';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

async function get(pathAndQuery: string) {
  const { status, body } = await mock.call('GET', pathAndQuery);
  expect(status, JSON.stringify(body)).toBe(200);
  return body;
}

describe('paged lookups', () => {
  it.each([
    '/Warehouses',
    '/Taxes',
    '/Currencies',
    '/CustomerTypes',
    '/DeliveryMethods',
    '/ProductGroups',
    '/SellPriceTiers',
  ])('when %s is listed, then it comes in the paged envelope', async (path) => {
    const body = await get(path);
    expect(body.Items.length).toBeGreaterThan(0);
    expect(body.Pagination).toEqual({
      NumberOfItems: body.Items.length,
      PageSize: 200,
      PageNumber: 1,
      NumberOfPages: 1,
    });
  });

  it('when warehouses are listed, then MAIN is the default and warehouseCode filters by prefix', async () => {
    const { default: main, other } = DEFAULT_SEED_FACTS.warehouses;
    const all = await get('/Warehouses');
    expect(
      all.Items.map((w: { WarehouseCode: string; IsDefault: boolean }) => [w.WarehouseCode, w.IsDefault]),
    ).toEqual([
      [main, true],
      [other, false],
    ]);
    const filtered = await get(`/Warehouses?warehouseCode=${main.slice(0, 2).toLowerCase()}`);
    expect(filtered.Items.map((w: { WarehouseCode: string }) => w.WarehouseCode)).toEqual([main]);
  });

  it('when page 2 of one warehouse per page is asked, then the second warehouse comes back', async () => {
    const body = await get('/Warehouses/2?pageSize=1');
    expect(body.Items.map((w: { WarehouseCode: string }) => w.WarehouseCode)).toEqual([
      DEFAULT_SEED_FACTS.warehouses.other,
    ]);
    expect(body.Pagination).toMatchObject({ PageNumber: 2, NumberOfPages: 2 });
  });

  it('when taxes are filtered by canApplyToRevenue, then only taxes of that kind come back, with fractional rates', async () => {
    const revenue = (await get('/Taxes?canApplyToRevenue=true')).Items;
    const notRevenue = (await get('/Taxes?canApplyToRevenue=false')).Items;
    const all = (await get('/Taxes')).Items;

    expect(revenue.every((tax: { CanApplyToRevenue: boolean }) => tax.CanApplyToRevenue)).toBe(true);
    expect(notRevenue.every((tax: { CanApplyToRevenue: boolean }) => !tax.CanApplyToRevenue)).toBe(true);
    expect(revenue.length + notRevenue.length).toBe(all.length);
    expect(notRevenue.length).toBeGreaterThan(0);
    const { code, rate } = DEFAULT_SEED_FACTS.tax;
    expect(revenue).toContainEqual(expect.objectContaining({ TaxCode: code, TaxRate: rate }));
  });

  it('when currencies are listed, then the base currency is among them', async () => {
    const codes = (await get('/Currencies')).Items.map((c: { CurrencyCode: string }) => c.CurrencyCode);
    expect(codes).toContain(DEFAULT_SEED_FACTS.baseCurrency);
  });

  it("when sell price tiers are listed, then they are the account's ten tier names in order", async () => {
    const tiers = (await get('/SellPriceTiers')).Items;
    expect(tiers.map((t: { TierNumber: number; Name: string }) => [t.TierNumber, t.Name])).toEqual(
      DEFAULT_SEED_FACTS.tiers.map((name, i) => [i + 1, name]),
    );
  });

  it('when customer types and delivery methods are listed, then the seeded customers use those types', async () => {
    const types = (await get('/CustomerTypes')).Items.map((t: { TypeName: string }) => t.TypeName);
    const { wholesale } = DEFAULT_SEED_FACTS.customers;
    const [customer] = (await get(`/Customers?customerCode=${wholesale.code}`)).Items;
    expect(types).toContain(customer.CustomerType);
    expect((await get('/DeliveryMethods')).Items.length).toBeGreaterThan(0);
  });
});

describe('PaymentTerms', () => {
  it('when payment terms are listed, then they come as Items without Pagination', async () => {
    const body = await get('/PaymentTerms');
    expect(Object.keys(body)).toEqual(['Items']);
    expect(body.Items.length).toBeGreaterThan(0);
    for (const term of body.Items)
      expect(['DaysAfter', 'DaysOfTheMonthFollowing', 'EndOfTheMonthFollowing']).toContain(term.Type);
  });
});

/** Every [key, value] of a JSON tree whose value is a string. */
function stringFields(node: unknown, into: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) for (const child of node) stringFields(child, into);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') into.push([key, value]);
      else stringFields(value, into);
    }
  }
  return into;
}

describe('dates on the wire', () => {
  it.each([
    '/Products?pageSize=50',
    '/Customers?pageSize=50&includeAllContacts=true',
    '/ProductPrices?pageSize=50',
    '/StockOnHand?pageSize=50',
    '/Warehouses',
    '/Taxes',
    '/Currencies',
    '/CustomerTypes',
    '/DeliveryMethods',
    '/ProductGroups',
    '/SellPriceTiers',
  ])('when %s is read, then every date is /Date(ms)/ and none is ISO', async (path) => {
    const fields = stringFields(await get(path));
    const dates = fields.filter(([key]) => /(On|Date|ValidFrom|ValidTo)$/.test(key));
    expect(dates.length).toBeGreaterThan(0);
    for (const [key, value] of dates) expect(value, key).toMatch(/^\/Date\(-?\d+\)\/$/);
    for (const [key, value] of fields) expect(value, key).not.toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});
