import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromWireDate } from '../dates.ts';
import { allocationProblems, availableByProduct, reconcileProblems } from './checks.ts';
import { DEFAULT_SEED_FACTS as FACTS, generateSeed, REFERENCE_TIME } from './index.ts';

const seed = generateSeed('default', { seedNumber: 42 });
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('generateSeed determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('when called twice with the same seedNumber, then the JSON is identical byte for byte', () => {
    expect(JSON.stringify(generateSeed('default', { seedNumber: 42 }))).toBe(JSON.stringify(seed));
    const large = { seedNumber: 7, products: 600, customers: 120 };
    expect(JSON.stringify(generateSeed('large', large))).toBe(JSON.stringify(generateSeed('large', large)));
  });

  it('when the real clock and Math.random give other values, then the data does not change', () => {
    vi.useFakeTimers({ now: Date.UTC(2031, 4, 5) });
    let n = 0;
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      n = (n + 0.377) % 1;
      return n;
    });
    try {
      expect(JSON.stringify(generateSeed('default', { seedNumber: 42 }))).toBe(JSON.stringify(seed));
    } finally {
      random.mockRestore();
    }
  });

  it('when the seedNumber differs, then the data differs but keeps the anchor codes', () => {
    const other = generateSeed('default', { seedNumber: 43 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(seed));
    expect(other.products[0]!.Guid).not.toBe(seed.products[0]!.Guid);
    expect(other.customers.slice(0, 4).map((c) => c.CustomerCode)).toEqual(
      seed.customers.slice(0, 4).map((c) => c.CustomerCode),
    );
    expect(other.seedNumber).toBe(43);
    expect(seed.seed).toBe('default');
    expect(seed.seedNumber).toBe(42);
  });

  it('then every Guid is lowercase v4 and unique, and every record date lies before the reference time', () => {
    const guids = [
      ...seed.products.map((p) => p.Guid),
      ...seed.customers.map((c) => c.Guid),
      ...Object.values(seed.contacts).flatMap((list) => list.map((c) => c.Guid)),
      ...seed.productPrices.map((p) => p.Guid),
      ...seed.salesOrders.flatMap((o) => [o.Guid, ...o.SalesOrderLines.map((l) => l.Guid)]),
      ...seed.warehouses.map((w) => w.Guid),
      ...seed.taxes.map((t) => t.Guid),
    ];
    expect(guids.filter((g) => !GUID.test(g))).toEqual([]);
    expect(new Set(guids).size).toBe(guids.length);
    const late: string[] = [];
    JSON.stringify(seed, (key, value) => {
      if (['CreatedOn', 'LastModifiedOn', 'OrderDate', 'CompletedDate'].includes(key) && value !== null) {
        if ((fromWireDate(value) ?? Number.POSITIVE_INFINITY) >= REFERENCE_TIME) late.push(`${key}=${value}`);
      }
      return value;
    });
    expect(late).toEqual([]);
  });
});

describe('default seed anchors (DEFAULT_SEED_FACTS)', () => {
  const customer = (code: string) => seed.customers.find((c) => c.CustomerCode === code)!;
  const product = (code: string) => seed.products.find((p) => p.ProductCode === code)!;
  const contacts = (code: string) => seed.contacts[customer(code).Guid] ?? [];
  const main = seed.warehouses.find((w) => w.WarehouseCode === FACTS.warehouses.default)!;

  it('then the anchor customers come first, with their contacts as documented', () => {
    const { wholesale, cafe, third, obsolete } = FACTS.customers;
    expect(seed.customers.slice(0, 4).map((c) => c.CustomerCode)).toEqual([
      wholesale.code,
      cafe.code,
      third.code,
      obsolete.code,
    ]);
    expect(customer(wholesale.code)).toMatchObject({
      CustomerName: wholesale.name,
      Obsolete: false,
      SellPriceTier: 'Trade',
      DiscountRate: 0,
    });
    expect(customer(wholesale.code).Currency?.CurrencyCode).toBe('NZD');
    expect(customer(obsolete.code).Obsolete).toBe(true);
    expect(contacts(cafe.code)).toEqual([]);
    expect(customer(cafe.code).Email).toBeNull();
    const { dana, oliver, nina, shared, tess } = FACTS.contacts;
    const demo = contacts(wholesale.code).map((c) => [
      c.FirstName,
      c.LastName,
      c.EmailAddress,
      c.IsDefault,
      c.ForOrdering,
    ]);
    expect(demo).toEqual(
      [dana, oliver, nina, shared].map((c) => [c.firstName, c.lastName, c.email, c.isDefault, c.forOrdering]),
    );
    expect(customer(wholesale.code).Email).toBe(dana.email);
    expect(contacts(third.code).map((c) => c.EmailAddress)).toEqual([tess.email, shared.email]);
  });

  it('then the anchor products have the documented stock, prices and images', () => {
    const { plenty, low, out, obsolete } = FACTS.products;
    expect(seed.products.slice(0, 4).map((p) => p.ProductCode)).toEqual([
      plenty.code,
      low.code,
      out.code,
      obsolete.code,
    ]);
    const available = availableByProduct(seed);
    const rows = (code: string) => seed.stock.filter((r) => r.ProductGuid === product(code).Guid);
    expect(rows(plenty.code)).toMatchObject([{ WarehouseGuid: main.Guid, QtyOnHand: 500, AllocatedQty: 0 }]);
    expect(available.get(product(low.code).Guid)).toBe(5);
    expect(rows(out.code).every((r) => r.QtyOnHand === 0)).toBe(true);
    expect(product(obsolete.code).Obsolete).toBe(true);
    expect(product(plenty.code).DefaultSellPrice).toBe(plenty.defaultSellPrice);
    expect(product(plenty.code).Images).toHaveLength(2);
    expect(product(out.code).ImageUrl).toBeNull();
    const { customerFixed, quantityBreak } = FACTS.prices;
    const prices = seed.productPrices.filter((r) => r.Product.ProductCode === plenty.code);
    expect(prices).toContainEqual(
      expect.objectContaining({
        Customer: expect.objectContaining({ CustomerCode: customerFixed.customerCode }),
        PriceType: 'Fixed',
        CustomerPrice: 16.5,
        MinimumQuantity: 1,
        ValidTo: null,
      }),
    );
    expect(prices).toContainEqual(
      expect.objectContaining({
        Customer: null,
        MinimumQuantity: quantityBreak.minimumQuantity,
        CustomerPrice: 17,
        ValidTo: null,
      }),
    );
    const anchorGuids = new Set(seed.products.slice(0, 4).map((p) => p.Guid));
    expect(
      seed.salesOrders.flatMap((o) => o.SalesOrderLines).some((l) => anchorGuids.has(l.Product.Guid!)),
    ).toBe(false);
  });

  it('then DEMO001 has one order in each documented status', () => {
    const statuses = seed.salesOrders
      .filter((o) => o.Customer.CustomerCode === 'DEMO001')
      .map((o) => o.OrderStatus);
    expect(statuses.sort()).toEqual([...FACTS.wholesaleOrderStatuses].sort());
  });
});

describe('empty and large seeds', () => {
  it('when the seed is empty, then only a new account’s lookups exist', () => {
    const empty = generateSeed('empty', { seedNumber: 42 });
    expect(empty).toMatchObject({
      seed: 'empty',
      products: [],
      customers: [],
      productPrices: [],
      stock: [],
      salesOrders: [],
      contacts: {},
      nextOrderNumber: 1,
    });
    expect(empty.warehouses).toHaveLength(1);
    expect(empty.warehouses[0]?.IsDefault).toBe(true);
    expect(empty.currencies.map((c) => c.CurrencyCode)).toEqual(['NZD']);
    expect(empty.sellPriceTiers.map((t) => t.TierNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(empty.taxes.some((t) => t.TaxCode === 'G.S.T.' && t.TaxRate === 0.15)).toBe(true);
  });

  it('when large is asked for 2000 products and 500 customers, then it has exactly those, consistent throughout', () => {
    const large = generateSeed('large', { seedNumber: 42, products: 2000, customers: 500 });
    expect(large.products).toHaveLength(2000);
    expect(large.customers).toHaveLength(500);
    expect(new Set(large.products.map((p) => p.ProductCode)).size).toBe(2000);
    expect(Object.values(large.contacts).flat().length).toBeGreaterThanOrEqual(1000);
    expect(new Set(large.stock.map((r) => r.ProductGuid)).size).toBeGreaterThan(1500);
    expect(large.salesOrders.length).toBeGreaterThanOrEqual(200);
    expect(large.productPrices.length).toBeGreaterThan(20);
    expect(
      large.products.every(
        (p) => p.ImageUrl === null || p.ImageUrl === `/__assets/images/${p.ProductCode}.svg`,
      ),
    ).toBe(true);
    expect(allocationProblems(large)).toEqual([]);
    expect(reconcileProblems(large)).toEqual([]);
  });

  it('when large is asked for nothing, then it has no products, customers or orders', () => {
    const none = generateSeed('large', { seedNumber: 1, products: 0, customers: 0 });
    expect([
      none.products.length,
      none.customers.length,
      none.salesOrders.length,
      none.nextOrderNumber,
    ]).toEqual([0, 0, 0, 1]);
  });
});
