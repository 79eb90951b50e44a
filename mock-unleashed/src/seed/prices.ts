// ProductPrices rows: customer-specific prices (open-ended, expired and not yet valid), quantity breaks for
// everyone, and a few customer-specific quantity breaks.
import { round2 } from '../money.ts';
import type { Customer, Product, ProductPrice } from '../types.ts';
import type { Rng } from './random.ts';
import { DAY, FAR_FUTURE, HISTORY_START, HOUR, REFERENCE_TIME, timeBetween, wire } from './time.ts';

export interface PriceTerms {
  type: 'Fixed' | 'Discount';
  /** Fixed: the price. Discount: the percentage off DefaultSellPrice. */
  value: number;
  minimumQuantity: number;
  validFrom: number | null;
  validTo: number | null;
  comments?: string | null;
}

/** One ProductPrices row; Discount rows hold round2(DefaultSellPrice × (1 − DiscountValue/100)) as CustomerPrice. */
export function priceRow(
  rng: Rng,
  product: Product,
  customer: Customer | null,
  terms: PriceTerms,
): ProductPrice {
  const sell = product.DefaultSellPrice ?? 0;
  const discount = terms.type === 'Discount';
  return {
    Guid: rng.uuid(),
    Product: {
      Guid: product.Guid,
      ProductCode: product.ProductCode,
      ProductDescription: product.ProductDescription,
    },
    ProductGroup: null,
    Customer: customer
      ? {
          Guid: customer.Guid,
          CustomerCode: customer.CustomerCode,
          CustomerName: customer.CustomerName,
          LastModifiedOn: customer.LastModifiedOn,
        }
      : null,
    PriceType: terms.type,
    DiscountValue: discount ? terms.value : null,
    MinimumQuantity: terms.minimumQuantity,
    DefaultSellPrice: sell,
    CustomerPrice: discount ? round2(sell * (1 - terms.value / 100)) : terms.value,
    ValidFrom: terms.validFrom === null ? null : wire(terms.validFrom),
    ValidTo: terms.validTo === null ? null : wire(terms.validTo),
    Comments: terms.comments ?? null,
    LastModifiedOn: wire(timeBetween(() => rng.next(), HISTORY_START, REFERENCE_TIME - HOUR)),
  };
}

export interface PriceSizes {
  customersWithPrices: number;
  productsWithBreaks: number;
  customerBreaks: number;
}

/**
 * Prices over sellable `products` and active `customers`: 1-5 rows for each of `customersWithPrices` customers
 * (every 7th row expired, every 7th from 2099-01-01, the rest open-ended), breaks at 10/50/100 on
 * `productsWithBreaks` products, and `customerBreaks` customer-specific breaks at 20. No (customer, product,
 * minimum quantity) twice.
 */
export function buildProductPrices(
  rng: Rng,
  products: readonly Product[],
  customers: readonly Customer[],
  sizes: PriceSizes,
): ProductPrice[] {
  if (products.length === 0) return [];
  const rows: ProductPrice[] = [];
  const taken = new Set<string>();
  const add = (product: Product, customer: Customer | null, terms: PriceTerms) => {
    const key = `${customer?.Guid}|${product.Guid}|${terms.minimumQuantity}`;
    if (taken.has(key)) return;
    taken.add(key);
    rows.push(priceRow(rng, product, customer, terms));
  };
  const day = (from: number, to: number) => Math.floor(timeBetween(() => rng.next(), from, to) / DAY) * DAY;
  const priced = rng.shuffle(customers).slice(0, sizes.customersWithPrices);
  for (const customer of priced) {
    for (let k = rng.int(1, 5); k > 0; k--) {
      const product = rng.pick(products);
      const sell = product.DefaultSellPrice ?? 0;
      const phase = rows.length % 7;
      const validFrom = phase === 5 ? FAR_FUTURE : day(HISTORY_START, Date.UTC(2025, 6, 1));
      const validTo = phase === 3 ? day(Date.UTC(2025, 6, 1), Date.UTC(2025, 11, 31)) : null;
      const fixed = rng.chance(0.55);
      add(product, customer, {
        type: fixed ? 'Fixed' : 'Discount',
        value: fixed ? round2(sell * (0.8 + rng.next() * 0.15)) : rng.pick([5, 10, 12.5, 15, 20]),
        minimumQuantity: 1,
        validFrom,
        validTo,
        comments: rng.chance(0.3) ? 'Contract price' : null,
      });
    }
  }
  for (const product of rng.shuffle(products).slice(0, sizes.productsWithBreaks)) {
    const sell = product.DefaultSellPrice ?? 0;
    const steps = rng.int(1, 3);
    [10, 50, 100].slice(0, steps).forEach((minimumQuantity, k) => {
      const validFrom = day(HISTORY_START, REFERENCE_TIME - 30 * DAY);
      add(product, null, {
        type: 'Fixed',
        value: round2(sell * (0.95 - 0.05 * k)),
        minimumQuantity,
        validFrom,
        validTo: null,
      });
    });
  }
  for (let i = 0; i < sizes.customerBreaks && priced.length > 0; i++) {
    const product = rng.pick(products);
    const value = round2((product.DefaultSellPrice ?? 0) * 0.82);
    const validFrom = day(HISTORY_START, REFERENCE_TIME - 30 * DAY);
    add(product, rng.pick(priced), { type: 'Fixed', value, minimumQuantity: 20, validFrom, validTo: null });
  }
  return rows;
}
