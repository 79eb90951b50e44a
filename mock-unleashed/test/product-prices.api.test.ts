// Reading ProductPrices: the customerCode, productCode and asAtDate filters, and one price by GUID.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromWireDate } from '../src/dates.ts';
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import { type RunningMock, startMock } from './harness.ts';

const { customerFixed, quantityBreak } = DEFAULT_SEED_FACTS.prices;
const DAY = 86_400_000;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

interface PriceRow {
  Guid: string;
  Product: { Guid: string; ProductCode: string };
  Customer: { CustomerCode: string } | null;
  MinimumQuantity: number;
  CustomerPrice: number;
  ValidFrom: string | null;
  ValidTo: string | null;
}

async function prices(query: string): Promise<PriceRow[]> {
  const { status, body } = await mock.call('GET', `/ProductPrices?pageSize=1000&${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.Items;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** A filter that picks exactly one row's product and customer. */
const narrowTo = (row: PriceRow) =>
  `productCode=${row.Product.ProductCode}&customerCode=${row.Customer?.CustomerCode}`;

describe('filters', () => {
  it("when customerCode is given, then only that customer's prices come back, matched exactly", async () => {
    const rows = await prices(`customerCode=${customerFixed.customerCode}`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.Customer?.CustomerCode).toBe(customerFixed.customerCode);
    expect(rows).toContainEqual(
      expect.objectContaining({
        Product: expect.objectContaining({ ProductCode: customerFixed.productCode }),
        CustomerPrice: 16.5,
      }),
    );
    expect(await prices(`customerCode=${customerFixed.customerCode.slice(0, -1)}`)).toEqual([]);
  });

  it("when productCode is given, then that product's customer prices and quantity breaks come back", async () => {
    const rows = await prices(`productCode=${quantityBreak.productCode}`);
    const summary = rows.map((row) => [
      row.Customer?.CustomerCode ?? null,
      row.MinimumQuantity,
      row.CustomerPrice,
    ]);
    expect(summary).toHaveLength(2);
    expect(summary).toEqual(
      expect.arrayContaining([
        [customerFixed.customerCode, 1, customerFixed.customerPrice],
        [null, quantityBreak.minimumQuantity, quantityBreak.customerPrice],
      ]),
    );
    expect(await prices(`productCode=${quantityBreak.productCode.slice(0, -1)}`)).toEqual([]);
  });

  it('when a price has expired, then asAtDate finds it on its last day and not the day after', async () => {
    const expired = (await prices('')).find(
      (row) => row.Customer && (fromWireDate(row.ValidTo) ?? Infinity) < Date.now(),
    );
    if (!expired) throw new Error('the seed has an expired customer price');
    const lastDay = fromWireDate(expired.ValidTo) as number;

    const guidsOn = async (date: string) =>
      (await prices(`${narrowTo(expired)}&asAtDate=${date}`)).map((row) => row.Guid);
    expect(await guidsOn(day(lastDay))).toContain(expired.Guid);
    expect(await guidsOn(day(lastDay + DAY))).not.toContain(expired.Guid);
  });

  it('when a price starts in the future, then asAtDate today leaves it out and its first day finds it', async () => {
    const future = (await prices('')).find((row) => (fromWireDate(row.ValidFrom) ?? 0) > Date.now());
    if (!future) throw new Error('the seed has a customer price that starts in the future');
    const firstDay = fromWireDate(future.ValidFrom) as number;

    const guidsOn = async (date: string) =>
      (await prices(`${narrowTo(future)}&asAtDate=${date}`)).map((row) => row.Guid);
    expect(await guidsOn(day(Date.now()))).not.toContain(future.Guid);
    expect(await guidsOn(day(firstDay))).toContain(future.Guid);
  });

  it('when asAtDate is not a date, then the answer is a 400 naming asAtDate', async () => {
    const { status, body } = await mock.call('GET', '/ProductPrices?asAtDate=yesterday');
    expect(status).toBe(400);
    expect(body.Items.map((item: { Field: string }) => item.Field)).toEqual(['asAtDate']);
  });
});

describe('one price by GUID', () => {
  it('when a price GUID is asked for, then that row comes back', async () => {
    const [row] = await prices(`customerCode=${customerFixed.customerCode}`);
    const { status, body } = await mock.call('GET', `/ProductPrices/${row?.Guid}`);
    expect(status).toBe(200);
    expect(body).toEqual(row);
  });

  it('when the GUID is unknown, then the answer is a 404', async () => {
    expect((await mock.call('GET', `/ProductPrices/${crypto.randomUUID()}`)).status).toBe(404);
  });
});

describe('removing a price row (QA control)', () => {
  it('when QA removes a row, then the list and the GUID no longer find it, and removing it again is a 404', async () => {
    const [row] = await prices(
      `customerCode=${customerFixed.customerCode}&productCode=${customerFixed.productCode}`,
    );
    expect(row).toBeDefined();
    const guid = (row as PriceRow).Guid;
    expect((await mock.control('DELETE', `/__control/product-prices/${guid}`)).status).toBe(204);
    expect((await prices(`customerCode=${customerFixed.customerCode}`)).map((r) => r.Guid)).not.toContain(
      guid,
    );
    expect((await mock.call('GET', `/ProductPrices/${guid}`)).status).toBe(404);
    expect((await mock.control('DELETE', `/__control/product-prices/${guid}`)).status).toBe(404);
  });
});
