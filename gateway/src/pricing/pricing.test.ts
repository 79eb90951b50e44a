// R17a: every precedence case, and the quantity-break edges.
import { describe, expect, it } from 'vitest';
import type { PriceRule, PriceTier } from '../catalogue/catalogue.types.ts';
import { type PriceInput, resolvePrice } from './pricing.ts';

const product = {
  guid: 'p1',
  defaultSellPrice: 20,
  tierPrices: [18, 17.5, null, null, null, null, null, null, null, null],
};
const customer = { guid: 'c1', sellPriceTier: 'Trade', discountRate: 0 };
const tiers: PriceTier[] = [
  { id: 's:1', storeId: 's', number: 1, name: 'Trade' },
  { id: 's:2', storeId: 's', number: 2, name: 'Wholesale' },
  { id: 's:3', storeId: 's', number: 3, name: 'Distributor' },
];
const rule = (fields: Partial<PriceRule>): PriceRule => ({
  id: `s:${fields.guid ?? 'r'}`,
  storeId: 's',
  guid: 'r',
  productGuid: 'p1',
  customerGuid: null,
  minimumQuantity: 1,
  price: 10,
  discountPercent: null,
  validFrom: null,
  validTo: null,
  modifiedAt: '2026-01-01T00:00:00Z',
  ...fields,
});
const input = (fields: Partial<PriceInput> = {}): PriceInput => ({
  product,
  customer,
  rules: [],
  tiers,
  quantity: 1,
  today: '2026-11-23',
  ...fields,
});

describe('price resolution (R17a)', () => {
  it('when the customer has its own price valid today, then it wins over breaks, tiers and the default', () => {
    const rules = [
      rule({ guid: 'own', customerGuid: 'c1', price: 16.5 }),
      rule({ guid: 'brk', minimumQuantity: 5, price: 12 }),
    ];
    expect(resolvePrice(input({ rules, quantity: 10 }))).toMatchObject({
      price: 16.5,
      source: 'customer-price',
      ruleGuid: 'own',
    });
  });

  it("when the customer's own price has expired or starts tomorrow, then it does not count", () => {
    const rules = [
      rule({ guid: 'old', customerGuid: 'c1', price: 1, validTo: '2026-11-22T00:00:00Z' }),
      rule({ guid: 'new', customerGuid: 'c1', price: 2, validFrom: '2026-11-24T00:00:00Z' }),
    ];
    expect(resolvePrice(input({ rules })).source).toBe('tier');
  });

  it('when the own price is valid until today inclusive, then it still counts today', () => {
    const rules = [
      rule({
        guid: 'edge',
        customerGuid: 'c1',
        price: 3,
        validFrom: '2026-11-23T00:00:00Z',
        validTo: '2026-11-23T00:00:00Z',
      }),
    ];
    expect(resolvePrice(input({ rules })).source).toBe('customer-price');
  });

  it('when another customer has its own price, then this customer does not get it', () => {
    expect(resolvePrice(input({ rules: [rule({ customerGuid: 'c2', price: 1 })] })).source).toBe('tier');
  });

  it('when the quantity is one below a break, then the break does not apply; at the break it does', () => {
    const rules = [rule({ guid: 'b10', minimumQuantity: 10, price: 17 })];
    expect(resolvePrice(input({ rules, quantity: 9 })).source).toBe('tier');
    expect(resolvePrice(input({ rules, quantity: 10 }))).toMatchObject({
      price: 17,
      source: 'quantity-break',
      ruleGuid: 'b10',
    });
  });

  it('when several breaks are met, then the one with the highest minimum applies', () => {
    const rules = [
      rule({ guid: 'b10', minimumQuantity: 10, price: 17 }),
      rule({ guid: 'b50', minimumQuantity: 50, price: 15 }),
      rule({ guid: 'b100', minimumQuantity: 100, price: 13 }),
    ];
    expect(resolvePrice(input({ rules, quantity: 99 })).ruleGuid).toBe('b50');
    expect(resolvePrice(input({ rules, quantity: 100 })).ruleGuid).toBe('b100');
  });

  it('when a break belongs to another customer, then it is ignored; one for this customer counts', () => {
    const rules = [
      rule({ guid: 'theirs', customerGuid: 'c2', minimumQuantity: 5, price: 1 }),
      rule({ guid: 'mine', customerGuid: 'c1', minimumQuantity: 5, price: 2 }),
    ];
    expect(resolvePrice(input({ rules, quantity: 5 })).ruleGuid).toBe('mine');
  });

  it("when no rule applies, then the customer's tier price less its discount is the price", () => {
    const result = resolvePrice(input({ customer: { ...customer, discountRate: 0.05 } }));
    expect(result).toMatchObject({ price: 17.1, source: 'tier' });
    expect(result.explanation).toContain('5% discount');
  });

  it('when the tier name differs only in case, then the tier still applies', () => {
    expect(resolvePrice(input({ customer: { ...customer, sellPriceTier: 'wholesale' } }))).toMatchObject({
      price: 17.5,
      source: 'tier',
    });
  });

  it('when the product has no price in the customer tier, then the default sell price applies', () => {
    expect(resolvePrice(input({ customer: { ...customer, sellPriceTier: 'Distributor' } }))).toMatchObject({
      price: 20,
      source: 'default',
    });
  });

  it('when the customer has no tier, then the default sell price applies', () => {
    expect(resolvePrice(input({ customer: { ...customer, sellPriceTier: null } }))).toMatchObject({
      price: 20,
      source: 'default',
    });
  });

  it('when a tier price is 0, then the product is free for that tier rather than falling back to the default', () => {
    const free = { ...product, tierPrices: [0, null, null, null, null, null, null, null, null, null] };
    expect(resolvePrice(input({ product: free }))).toMatchObject({ price: 0, source: 'tier' });
  });

  it('when the product has no price at all, then the price is null and says so', () => {
    const none = { ...product, defaultSellPrice: null, tierPrices: Array(10).fill(null) };
    expect(
      resolvePrice(input({ product: none, customer: { ...customer, sellPriceTier: null } })),
    ).toMatchObject({ price: null, source: null });
  });
});

describe("the price floor: the product's MinimumSellPrice (B4)", () => {
  it('when the resolved price is below the floor, then the buyer pays the floor and the explanation says so', () => {
    const floored = { ...product, minimumSellPrice: 17.8 };
    const discounted = { ...customer, discountRate: 0.05 };
    expect(resolvePrice(input({ product: floored, customer: discounted }))).toEqual({
      price: 17.8,
      source: 'tier',
      explanation:
        "Tier Trade (18.00) less the customer's 5% discount, raised to the product's minimum sell price (17.80)",
      ruleGuid: null,
      floorApplied: true,
    } satisfies ReturnType<typeof resolvePrice>);
  });

  it('when the resolved price is at or above the floor, then the floor changes nothing', () => {
    const floored = { ...product, minimumSellPrice: 18 };
    expect(resolvePrice(input({ product: floored }))).toMatchObject({ price: 18, floorApplied: false });
  });
});

describe('what the admin is told about a price (R17a), and the rule edges behind it', () => {
  it('when each rule produces the price, then the whole answer names that rule, its figure and no floor', () => {
    const own = rule({ guid: 'own', customerGuid: 'c1', price: 16.5 });
    expect(resolvePrice(input({ rules: [own] }))).toEqual({
      price: 16.5,
      source: 'customer-price',
      explanation: "The customer's own price (16.50)",
      ruleGuid: 'own',
      floorApplied: false,
    });
    const brk = rule({ guid: 'brk', minimumQuantity: 5, price: 12 });
    expect(resolvePrice(input({ rules: [brk], quantity: 5 }))).toEqual({
      price: 12,
      source: 'quantity-break',
      explanation: 'Quantity break from 5 units (12.00)',
      ruleGuid: 'brk',
      floorApplied: false,
    });
    expect(resolvePrice(input())).toEqual({
      price: 18,
      source: 'tier',
      explanation: 'Tier Trade (18.00)',
      ruleGuid: null,
      floorApplied: false,
    });
    expect(resolvePrice(input({ customer: { ...customer, sellPriceTier: null } }))).toEqual({
      price: 20,
      source: 'default',
      explanation: "The product's default sell price (20.00)",
      ruleGuid: null,
      floorApplied: false,
    });
    expect(
      resolvePrice(
        input({
          product: { ...product, defaultSellPrice: null },
          customer: { ...customer, sellPriceTier: null },
        }),
      ),
    ).toEqual({
      price: null,
      source: null,
      explanation: 'The product has no price in Unleashed',
      ruleGuid: null,
      floorApplied: false,
    });
  });

  it('when the price is below the minimum sell price, then it is raised and says so; at or above it, or with no price, it is left alone', () => {
    const floored = { ...product, minimumSellPrice: 19 };
    expect(resolvePrice(input({ product: floored }))).toEqual({
      price: 19,
      source: 'tier',
      explanation: "Tier Trade (18.00), raised to the product's minimum sell price (19.00)",
      ruleGuid: null,
      floorApplied: true,
    });
    expect(resolvePrice(input({ product: { ...product, minimumSellPrice: 18 } }))).toMatchObject({
      price: 18,
      floorApplied: false,
    });
    expect(resolvePrice(input({ product: { ...product, minimumSellPrice: null } }))).toMatchObject({
      price: 18,
      floorApplied: false,
    });
    const unpriced = { ...product, defaultSellPrice: null, minimumSellPrice: 5 };
    expect(
      resolvePrice(input({ product: unpriced, customer: { ...customer, sellPriceTier: null } })),
    ).toMatchObject({
      price: null,
      floorApplied: false,
    });
  });

  it('when the customer has several own prices, then the lowest applies; one with a minimum above 1 is a break, not its own price', () => {
    const rules = [
      rule({ guid: 'dear', customerGuid: 'c1', price: 17 }),
      rule({ guid: 'cheap', customerGuid: 'c1', price: 15 }),
      rule({ guid: 'mid', customerGuid: 'c1', price: 16 }),
    ];
    expect(resolvePrice(input({ rules }))).toMatchObject({ price: 15, ruleGuid: 'cheap' });
    const ownBreak = [rule({ guid: 'own-break', customerGuid: 'c1', minimumQuantity: 10, price: 9 })];
    expect(resolvePrice(input({ rules: ownBreak, quantity: 1 }))).toMatchObject({ source: 'tier' });
    expect(resolvePrice(input({ rules: ownBreak, quantity: 10 }))).toMatchObject({
      source: 'quantity-break',
      ruleGuid: 'own-break',
    });
  });

  it('when rules belong to another product or a general row has a minimum of 1, then they are not breaks for this one', () => {
    const rules = [
      rule({ guid: 'other-product', productGuid: 'p2', customerGuid: 'c1', price: 1 }),
      rule({ guid: 'other-break', productGuid: 'p2', minimumQuantity: 2, price: 2 }),
      rule({ guid: 'general', minimumQuantity: 1, price: 3 }),
    ];
    expect(resolvePrice(input({ rules, quantity: 5 }))).toMatchObject({ source: 'tier', price: 18 });
  });

  it('when two breaks share the highest minimum met, then the lower price applies, whichever comes first', () => {
    for (const rules of [
      [
        rule({ guid: 'a', minimumQuantity: 5, price: 12 }),
        rule({ guid: 'b', minimumQuantity: 5, price: 11 }),
      ],
      [
        rule({ guid: 'b', minimumQuantity: 5, price: 11 }),
        rule({ guid: 'a', minimumQuantity: 5, price: 12 }),
      ],
    ])
      expect(resolvePrice(input({ rules, quantity: 6 }))).toMatchObject({ price: 11, ruleGuid: 'b' });
  });

  it('when a price row ends today at a time of day, then it still applies all day; from tomorrow it does not', () => {
    const rules = [rule({ guid: 'own', customerGuid: 'c1', price: 16, validTo: '2026-11-23T00:00:00' })];
    expect(resolvePrice(input({ rules }))).toMatchObject({ source: 'customer-price' });
    expect(resolvePrice(input({ rules, today: '2026-11-24' }))).toMatchObject({ source: 'tier' });
  });

  it('when the tier is named with other spaces or case in Unleashed, then it still matches; a tier without a price falls to the default', () => {
    const spaced = tiers.map((t) => (t.number === 1 ? { ...t, name: '  TRADE ' } : t));
    expect(
      resolvePrice(input({ tiers: spaced, customer: { ...customer, sellPriceTier: 'trade' } })),
    ).toMatchObject({
      source: 'tier',
      price: 18,
    });
    expect(resolvePrice(input({ customer: { ...customer, sellPriceTier: 'Distributor' } }))).toMatchObject({
      source: 'default',
      price: 20,
    });
    const unpriced = { ...product, tierPrices: product.tierPrices.slice(0, 1) };
    expect(
      resolvePrice(input({ product: unpriced, customer: { ...customer, sellPriceTier: 'Wholesale' } })),
    ).toMatchObject({
      source: 'default',
    });
  });

  it('when the customer has a discount, then the tier price is reduced and the explanation names it; without one it says nothing of a discount', () => {
    expect(resolvePrice(input({ customer: { ...customer, discountRate: 0.05 } }))).toMatchObject({
      price: 17.1,
      explanation: "Tier Trade (18.00) less the customer's 5% discount",
    });
    expect(resolvePrice(input({ customer: { ...customer, discountRate: 0 } })).explanation).toBe(
      'Tier Trade (18.00)',
    );
  });
});
