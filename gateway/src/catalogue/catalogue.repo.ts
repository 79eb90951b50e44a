// Catalogue persistence per store: products with the store's status, product groups, price tiers, price rules
// and stock levels (tables `products`, `product_groups`, `price_tiers`, `price_rules`, `stock_levels`). Every
// write moves the store's 'catalogue' data version once per call, in its transaction: the key of the caches
// built on this data (the buyer catalogue), trusted by every instance.

import { createDataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { createLookupsRepo, type LookupsRepo } from './lookups.repo.ts';
import { createPricesRepo, type PricesRepo } from './prices.repo.ts';
import { createProductsRepo, type ProductsRepo } from './products.repo.ts';
import { createStockRepo, type StockRepo } from './stock.repo.ts';

export type { ProductFilter } from './products.repo.ts';
export type { StockTotals } from './stock.repo.ts';

export interface CatalogueRepo extends ProductsRepo, LookupsRepo, PricesRepo, StockRepo {}

/** The catalogue repository on the gateway's database. */
export function createCatalogueRepo(db: PortalDb): CatalogueRepo {
  const versions = createDataVersions(db);
  return {
    ...createProductsRepo(db, versions),
    ...createLookupsRepo(db, versions),
    ...createPricesRepo(db, versions),
    ...createStockRepo(db, versions),
  };
}
