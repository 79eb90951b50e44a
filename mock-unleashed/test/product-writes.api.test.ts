// Writing products: create or update with POST /Products/{guid}, and POST /Products/Obsolete/{guid}.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromWireDate } from '../src/dates.ts';
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import { type RunningMock, startMock } from './harness.ts';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

const uniqueCode = () => `TEST-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

/** Creates a product of its own for one test. */
async function createProduct(fields: Record<string, unknown> = {}) {
  const guid = crypto.randomUUID();
  const code = uniqueCode();
  const { status, body } = await mock.call('POST', `/Products/${guid}`, {
    ProductCode: code,
    ProductDescription: `Test product ${code}`,
    DefaultSellPrice: 10,
    ...fields,
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return { guid, code, body };
}

async function mockNow(): Promise<string> {
  return (await mock.control('GET', '/__control/clock')).body.now;
}

describe('POST /Products/{guid}', () => {
  it('when a new GUID is posted, then the product is created (201) and can be read back', async () => {
    const { guid, code, body } = await createProduct({ Barcode: '1234567890128' });
    expect(body).toMatchObject({ Guid: guid, ProductCode: code, DefaultSellPrice: 10, Obsolete: false });
    expect(body.CreatedOn).toMatch(/^\/Date\(\d+\)\/$/);

    const read = await mock.call('GET', `/Products/${guid}`);
    expect(read.body).toMatchObject({ Guid: guid, ProductCode: code, Barcode: '1234567890128' });
  });

  it('when the same GUID is posted again, then the product is updated (200) and fields left out keep their value', async () => {
    const { guid, code } = await createProduct({ Notes: 'keep me' });
    const { status, body } = await mock.call('POST', `/Products/${guid}`, { DefaultSellPrice: 12.5 });
    expect(status).toBe(200);
    expect(body).toMatchObject({ Guid: guid, ProductCode: code, DefaultSellPrice: 12.5, Notes: 'keep me' });

    const listed = await mock.call('GET', `/Products?productCode=${code}`);
    expect(listed.body.Items).toHaveLength(1);
  });

  it("when a tier value is posted, then the tier takes the account's tier name", async () => {
    const { body } = await createProduct({ SellPriceTier1: { Value: 9.5 } });
    expect(body.SellPriceTier1).toEqual({ Name: DEFAULT_SEED_FACTS.tiers[0], Value: 9.5 });
  });

  it('when the code is already used by another product, then the answer is a 400 and nothing is stored', async () => {
    const { code } = await createProduct();
    const guid = crypto.randomUUID();
    const { status, body } = await mock.call('POST', `/Products/${guid}`, {
      ProductCode: code.toLowerCase(),
      ProductDescription: 'A second product with a taken code',
    });
    expect(status).toBe(400);
    expect(body.Items).toEqual([
      { Field: 'ProductCode', Description: expect.any(String), ErrorCode: 'Duplicate' },
    ]);
    expect((await mock.call('GET', `/Products/${guid}`)).status).toBe(404);
  });

  it('when a new product lacks its code and description, then both are named in one 400', async () => {
    const { status, body } = await mock.call('POST', `/Products/${crypto.randomUUID()}`, {
      DefaultSellPrice: 3,
    });
    expect(status).toBe(400);
    expect(body.Items.map((item: { Field: string }) => item.Field).sort()).toEqual([
      'ProductCode',
      'ProductDescription',
    ]);
  });

  it('when the product group does not exist, then the answer is a 400 naming ProductGroup', async () => {
    const { status, body } = await mock.call('POST', `/Products/${crypto.randomUUID()}`, {
      ProductCode: uniqueCode(),
      ProductDescription: 'Grouped nowhere',
      ProductGroup: { GroupName: 'No Such Group' },
    });
    expect(status).toBe(400);
    expect(body.Items).toEqual([
      { Field: 'ProductGroup', Description: expect.any(String), ErrorCode: 'NotFound' },
    ]);
  });
});

describe('a price change', () => {
  it('when a seeded product gets a new price, then the next GET shows it and modifiedSince finds it', async () => {
    const [seeded] = (await mock.call('GET', '/Products?productCode=SNK-&pageSize=1')).body.Items;
    const since = await mockNow();
    const changed = `/Products?modifiedSince=${since}&productId=${seeded.Guid}`;
    expect((await mock.call('GET', changed)).body.Items).toEqual([]);

    const newPrice = seeded.DefaultSellPrice + 1.25;
    expect((await mock.call('POST', `/Products/${seeded.Guid}`, { DefaultSellPrice: newPrice })).status).toBe(
      200,
    );

    expect((await mock.call('GET', `/Products/${seeded.Guid}`)).body.DefaultSellPrice).toBe(newPrice);
    const found = (await mock.call('GET', changed)).body.Items;
    expect(
      found.map((p: { Guid: string; DefaultSellPrice: number }) => [p.Guid, p.DefaultSellPrice]),
    ).toEqual([[seeded.Guid, newPrice]]);
    expect(fromWireDate(found[0].LastModifiedOn)).toBeGreaterThanOrEqual(Date.parse(since));
  });
});

describe('a price change and ProductPrices', () => {
  it("when a product's sell price changes, then its discount prices and CustomerSellPrice follow the new price", async () => {
    const rows = (await mock.call('GET', '/ProductPrices?pageSize=1000')).body.Items;
    const discount = rows.find(
      (row: { PriceType: string; Customer: unknown; MinimumQuantity: number; ValidTo: string | null }) =>
        row.PriceType === 'Discount' && row.Customer && row.MinimumQuantity === 1 && row.ValidTo === null,
    );
    const productGuid: string = discount.Product.Guid;
    const expected = 80 * (1 - discount.DiscountValue / 100);

    await mock.call('POST', `/Products/${productGuid}`, { DefaultSellPrice: 80 });

    const row = (await mock.call('GET', `/ProductPrices/${discount.Guid}`)).body;
    expect(row).toMatchObject({ DefaultSellPrice: 80, CustomerPrice: expected });
    const forCustomer = `/Products/${productGuid}?customerCode=${discount.Customer.CustomerCode}`;
    expect((await mock.call('GET', forCustomer)).body.CustomerSellPrice).toBe(expected);
  });

  it('when a product with an image is renamed, then its image is still served', async () => {
    const products = (await mock.call('GET', '/Products?pageSize=1000')).body.Items;
    const pictured = products.find(
      (p: { ImageUrl: string | null; ProductCode: string }) =>
        p.ImageUrl && !p.ProductCode.startsWith('DEMO'),
    );
    await mock.call('POST', `/Products/${pictured.Guid}`, { ProductCode: uniqueCode() });

    const image = await fetch(pictured.ImageUrl);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toContain('image/svg+xml');
  });

  it('when a product is renamed, then its prices are found under the new code', async () => {
    const rows = (await mock.call('GET', '/ProductPrices?pageSize=1000')).body.Items;
    const row = rows.find((price: { PriceType: string }) => price.PriceType === 'Fixed');
    const newCode = uniqueCode();
    await mock.call('POST', `/Products/${row.Product.Guid}`, { ProductCode: newCode });

    const found = (await mock.call('GET', `/ProductPrices?productCode=${newCode}`)).body.Items;
    expect(found.map((price: { Guid: string }) => price.Guid)).toContain(row.Guid);
  });
});

describe('POST /Products/Obsolete/{guid}', () => {
  it('when a product is made obsolete, then lists leave it out unless includeObsolete is set', async () => {
    const { guid, code } = await createProduct();
    const { status, body } = await mock.call('POST', `/Products/Obsolete/${guid}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ Guid: guid, Obsolete: true });

    expect((await mock.call('GET', `/Products?productCode=${code}`)).body.Items).toEqual([]);
    const withObsolete = await mock.call('GET', `/Products?productCode=${code}&includeObsolete=true`);
    expect(withObsolete.body.Items.map((p: { Guid: string }) => p.Guid)).toEqual([guid]);
  });

  it('when an obsolete product is posted with Obsolete false, then it is listed again', async () => {
    const { guid, code } = await createProduct();
    await mock.call('POST', `/Products/Obsolete/${guid}`);
    await mock.call('POST', `/Products/${guid}`, { Obsolete: false });
    expect((await mock.call('GET', `/Products?productCode=${code}`)).body.Items).toHaveLength(1);
  });

  it('when the GUID is unknown, then the answer is a 404 with a Description', async () => {
    const { status, body } = await mock.call('POST', `/Products/Obsolete/${crypto.randomUUID()}`);
    expect(status).toBe(404);
    expect(body).toEqual({ Description: expect.any(String) });
  });
});
