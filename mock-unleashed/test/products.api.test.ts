// Reading products: every filter of S-PROD, orderBy, brief, CustomerSellPrice and product images.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromWireDate } from '../src/dates.ts';
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import { type RunningMock, startMock } from './harness.ts';

const { plenty, low, out, obsolete } = DEFAULT_SEED_FACTS.products;
const { wholesale, cafe } = DEFAULT_SEED_FACTS.customers;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

interface ProductRow {
  Guid: string;
  ProductCode: string;
  ProductDescription: string;
  [field: string]: unknown;
}

/** Every product matching `query` (one page of up to 1000 is all of the default seed). */
async function products(query: string): Promise<ProductRow[]> {
  const { status, body } = await mock.call('GET', `/Products?pageSize=1000&${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  expect(body.Pagination.NumberOfItems).toBe(body.Items.length);
  return body.Items;
}

async function product(code: string): Promise<ProductRow> {
  const found = (await products(`productCode=${code}&includeObsolete=true`)).find(
    (p) => p.ProductCode === code,
  );
  if (!found) throw new Error(`no product ${code}`);
  return found;
}

const codesOf = (rows: ProductRow[]) => rows.map((row) => row.ProductCode);
const isoSecond = (ms: number) => new Date(ms).toISOString().slice(0, 19);

describe('text filters', () => {
  it('when product is given, then products whose code or description contains it come back, in any case', async () => {
    expect(codesOf(await products('product=plenty'))).toEqual([plenty.code]);
    expect(codesOf(await products('product=gizmo'))).toEqual([out.code]);
    for (const row of await products('product=tea')) {
      expect(`${row.ProductCode} ${row.ProductDescription}`.toLowerCase()).toContain('tea');
    }
  });

  it('when productCode is given, then codes starting with it come back, and a mere substring finds nothing', async () => {
    expect(codesOf(await products('productCode=demo-'))).toEqual([low.code, out.code, plenty.code]);
    expect(await products('productCode=PLENTY')).toEqual([]);
  });

  it('when productDescription is given, then descriptions starting with it come back', async () => {
    expect(codesOf(await products('productDescription=demo low'))).toEqual([low.code]);
    expect(codesOf(await products('productDescription=Low%20Stock'))).not.toContain(low.code);
  });

  it('when productGroup is given, then only products of exactly that group come back', async () => {
    const group = (await product(plenty.code)).ProductGroup as { GroupName: string };
    const inGroup = await products(`productGroup=${encodeURIComponent(group.GroupName)}`);
    const all = await products('');
    expect(codesOf(inGroup)).toContain(plenty.code);
    expect(inGroup).toEqual(
      all.filter((p) => (p.ProductGroup as { GroupName?: string } | null)?.GroupName === group.GroupName),
    );
    expect(await products(`productGroup=${group.GroupName.slice(0, 4)}`)).toEqual([]);
  });

  it('when ProductBarcode is given, then only the product with exactly that barcode comes back', async () => {
    const barcode = (await product(plenty.code)).Barcode as string;
    expect(codesOf(await products(`ProductBarcode=${barcode}`))).toEqual([plenty.code]);
    expect(await products(`ProductBarcode=${barcode.slice(0, -1)}`)).toEqual([]);
  });

  it('when productId lists GUIDs, then exactly those products come back', async () => {
    const [a, b] = [await product(plenty.code), await product(low.code)];
    expect(codesOf(await products(`productId=${a.Guid},${b.Guid.toUpperCase()}`))).toEqual([
      low.code,
      plenty.code,
    ]);
  });
});

describe('obsolete products, modifiedSince and orderBy', () => {
  it('when includeObsolete is not set, then obsolete products are left out; with it, they come back', async () => {
    expect(codesOf(await products('productCode=DEMO-'))).not.toContain(obsolete.code);
    expect(codesOf(await products('productCode=DEMO-&includeObsolete=true'))).toContain(obsolete.code);
  });

  it('when modifiedSince is given, then products modified at or after it come back and earlier ones do not', async () => {
    const modified = fromWireDate((await product(plenty.code)).LastModifiedOn as string) as number;
    const atIt = await products(`modifiedSince=${isoSecond(modified)}`);
    const after = await products(`modifiedSince=${isoSecond(modified + 1000)}`);

    expect(codesOf(atIt)).toContain(plenty.code);
    expect(codesOf(after)).not.toContain(plenty.code);
    for (const row of atIt)
      expect(fromWireDate(row.LastModifiedOn as string)).toBeGreaterThanOrEqual(modified);
    expect(atIt.length).toBeLessThan((await products('')).length);
  });

  it('when no orderBy is given, then products come in ProductCode order', async () => {
    const codes = codesOf(await products(''));
    expect(codes).toEqual([...codes].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it.each(['LastModifiedOn', 'CreatedOn'])(
    'when orderBy is %s, then products come oldest first by it',
    async (field) => {
      const times = (await products(`orderBy=${field}`)).map(
        (row) => fromWireDate(row[field] as string) as number,
      );
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBeGreaterThan(1);
    },
  );
});

describe('brief and CustomerSellPrice', () => {
  it('when brief is true, then only the seven brief fields are sent', async () => {
    const [row] = await products(`brief=true&productCode=${plenty.code}`);
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'DefaultPurchasePrice',
        'DefaultSellPrice',
        'DefaultSupplierId',
        'Guid',
        'ProductCode',
        'ProductDescription',
        'SellPriceTier1',
      ].sort(),
    );
  });

  it("when customerCode is given, then CustomerSellPrice holds that customer's own price, else null", async () => {
    const { customerFixed } = DEFAULT_SEED_FACTS.prices;
    const [forWholesale] = await products(`productCode=${plenty.code}&customerCode=${wholesale.code}`);
    const [forCafe] = await products(`productCode=${plenty.code}&customerCode=${cafe.code}`);
    const [forNobody] = await products(`productCode=${plenty.code}`);
    expect(forWholesale?.CustomerSellPrice).toBe(customerFixed.customerPrice);
    expect(forCafe?.CustomerSellPrice).toBeNull();
    expect(forNobody?.CustomerSellPrice).toBeNull();
  });

  it('when a customer price has expired or starts in the future, then it does not count; a current one does', async () => {
    const { body } = await mock.call('GET', '/ProductPrices?pageSize=1000');
    const own = body.Items.filter((row: PriceRow) => row.Customer && row.MinimumQuantity === 1);
    const now = Date.now();
    const expired = own.find((row: PriceRow) => (fromWireDate(row.ValidTo) ?? Infinity) < now - 86_400_000);
    const future = own.find((row: PriceRow) => (fromWireDate(row.ValidFrom) ?? 0) > now);
    const current = own.find(
      (row: PriceRow) => row.ValidTo === null && (fromWireDate(row.ValidFrom) ?? 0) < now,
    );

    expect([expired, future, current].every(Boolean), 'the seed has expired, future and current prices').toBe(
      true,
    );
    const priceFor = async (row: PriceRow) =>
      (await mock.call('GET', `/Products/${row.Product.Guid}?customerCode=${row.Customer?.CustomerCode}`))
        .body.CustomerSellPrice;
    expect(await priceFor(expired)).toBeNull();
    expect(await priceFor(future)).toBeNull();
    expect(await priceFor(current)).toBe(current.CustomerPrice);
  });
});

interface PriceRow {
  Product: { Guid: string };
  Customer: { CustomerCode: string } | null;
  MinimumQuantity: number;
  CustomerPrice: number;
  ValidFrom: string | null;
  ValidTo: string | null;
}

describe('images', () => {
  it('when a product has images, then their URLs are absolute and each serves an SVG picture of it', async () => {
    const row = await product(plenty.code);
    const images = row.Images as { Url: string; IsDefault: boolean }[];
    expect(row.ImageUrl).toBe(`${mock.url}/__assets/images/${plenty.code}.svg`);
    expect(images.map((image) => image.IsDefault)).toEqual([true, false]);
    expect(images[0]?.Url).toBe(row.ImageUrl);

    for (const { Url } of images) {
      const response = await fetch(Url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      const svg = await response.text();
      expect(svg).toMatch(/^<svg /);
      expect(svg).toContain(plenty.code);
    }
  });

  it('when a product has no image, then ImageUrl is null and Images is empty', async () => {
    const row = await product(out.code);
    expect(row.ImageUrl).toBeNull();
    expect(row.Images).toEqual([]);
  });

  it('when an image no product lists is asked for, then the answer is a 404', async () => {
    expect((await fetch(`${mock.url}/__assets/images/${out.code}.svg`)).status).toBe(404);
  });
});
