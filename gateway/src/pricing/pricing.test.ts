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
