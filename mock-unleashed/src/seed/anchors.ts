// The anchor records of DEFAULT_SEED_FACTS: products, customers, contacts, prices and stock.
import type { Contact, Customer, Product, ProductPrice, StockRecord } from '../types.ts';
import { anchorCustomers } from './anchor-customers.ts';
import { anchorPrices, anchorProducts, anchorStock } from './anchor-products.ts';
import type { Salesperson } from './customer-record.ts';
import type { Lookups } from './lookups.ts';
import type { Pools } from './pools.ts';
import type { Catalogue } from './products.ts';
import type { Rng } from './random.ts';

export interface Anchors {
  products: Product[];
  customers: Customer[];
  contacts: Record<string, Contact[]>;
  productPrices: ProductPrice[];
  stock: StockRecord[];
}

/** No anchors (a `large` seed too small to hold them). */
export const NO_ANCHORS: Anchors = {
  products: [],
  customers: [],
  contacts: {},
  productPrices: [],
  stock: [],
};

/** The anchors, each list in DEFAULT_SEED_FACTS order, ready to go first in the account's lists. */
export function buildAnchors(
  rng: Rng,
  lookups: Lookups,
  catalogue: Catalogue,
  pools: Pools,
  salespeople: readonly Salesperson[],
): Anchors {
  const products = anchorProducts(rng, lookups, catalogue);
  const { customers, contacts } = anchorCustomers(rng, lookups, pools, salespeople);
  const productPrices = anchorPrices(rng, products[0]!, customers[0]!);
  const stock = anchorStock(rng, products, lookups.warehouses[0]!);
  return { products, customers, contacts, productPrices, stock };
}
