// The seed data generator: `default` (the demo account), `empty` (a brand-new account) and `large` (benchmarks).
// Deterministic: the same name, seedNumber and sizes give the same data byte for byte.
import type { MockData, SeedName } from '../types.ts';
import { type AccountSize, buildAccount } from './account.ts';
import { buildLookups } from './lookups.ts';
import { createRng, STREAMS } from './random.ts';

export { DEFAULT_SEED_FACTS } from './facts.ts';
export { IMAGE_PATH_PREFIX, imageCandidates, productImageUrl, renderProductImage } from './images.ts';
export { CURRENCY_IDS } from './lookups.ts';
export { REFERENCE_TIME } from './time.ts';

export interface SeedOptions {
  seedNumber: number;
  /** `large` only: how many products (default 50,000). */
  products?: number;
  /** `large` only: how many customers (default 10,000). */
  customers?: number;
}

/** Sizes of the `large` seed when the caller does not choose them. */
export const LARGE_DEFAULTS = { products: 50_000, customers: 10_000 } as const;

const DEFAULT_SIZE: AccountSize = {
  products: 300,
  customers: 150,
  orders: 40,
  prices: { customersWithPrices: 30, productsWithBreaks: 40, customerBreaks: 4 },
  sharedEmailPairs: 6,
  bothWarehouses: 0.5,
};

function largeSize(products: number, customers: number): AccountSize {
  return {
    products,
    customers,
    orders: products > 0 && customers > 0 ? 300 : 0,
    prices: {
      customersWithPrices: Math.ceil(customers * 0.03),
      productsWithBreaks: Math.ceil(products * 0.02),
      customerBreaks: 20,
    },
    sharedEmailPairs: Math.min(50, Math.ceil(customers / 20)),
    bothWarehouses: 0.9,
  };
}

/** The whole account for seed `name`; `seed` and `seedNumber` are set from the arguments. */
export function generateSeed(name: SeedName, options: SeedOptions): MockData {
  const { seedNumber } = options;
  if (name === 'empty') {
    const lookups = buildLookups(createRng(seedNumber, STREAMS.lookups), 'new');
    return {
      seed: name,
      seedNumber,
      products: [],
      productGroups: [],
      productPrices: [],
      customers: [],
      contacts: {},
      stock: [],
      salesOrders: [],
      ...lookups,
      nextOrderNumber: 1,
    };
  }
  const size =
    name === 'large'
      ? largeSize(options.products ?? LARGE_DEFAULTS.products, options.customers ?? LARGE_DEFAULTS.customers)
      : DEFAULT_SIZE;
  return { seed: name, seedNumber, ...buildAccount(seedNumber, size) };
}
