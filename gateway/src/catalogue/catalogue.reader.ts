// What other domains may ask of the Base catalogue: read-only views for pricing, carts and orders, the Base as
// synced for the custom catalogues and the buyer's catalogue, and the writes the sync makes when it brings
// Unleashed's products, prices and stock in. Nothing outside catalogue/ takes the repository itself.

import type { CatalogueListings } from '../custom-catalogues/custom-catalogues.reader.ts';
import type { CatalogueRepo } from './catalogue.repo.ts';
import type { Product } from './catalogue.types.ts';
import type { ProductOverridesRepo } from './product-overrides.repo.ts';

/** Products, prices and stock as a buyer's cart, an order or a price explanation reads them. */
export type CatalogueReader = Pick<
  CatalogueRepo,
  | 'getProduct'
  | 'getProducts'
  | 'listProducts'
  | 'listPriceRules'
  | 'listPriceTiers'
  | 'stockOf'
  | 'stockTotals'
>;

/**
 * The reader other domains get: a product carries the store's own name where the admin gave one (R3), so cart
 * lines, orders, their emails and standing orders name it as the catalogue does.
 */
export const catalogueReader = (
  catalogue: CatalogueRepo,
  overrides: Pick<ProductOverridesRepo, 'overridesOf'>,
): CatalogueReader => {
  const named = async (storeId: string, products: Product[]): Promise<Product[]> => {
    const names = await overrides.overridesOf(
      storeId,
      products.map((p) => p.guid),
    );
    return products.map((p) => {
      const name = names.get(p.guid)?.name;
      return name ? { ...p, description: name } : p;
    });
  };
  return {
    ...catalogue,
    async getProduct(storeId, guid) {
      const product = await catalogue.getProduct(storeId, guid);
      return product && (await named(storeId, [product]))[0];
    },
    getProducts: async (storeId, guids) => named(storeId, await catalogue.getProducts(storeId, guids)),
  };
};

/**
 * The Base catalogue as synced, the store's own names not applied: what the custom catalogues, their categories,
 * the R17 statuses and the buyer's catalogue (which applies names and descriptions itself) read.
 */
export type BaseCatalogue = Pick<
  CatalogueRepo,
  | 'getProducts'
  | 'listProducts'
  | 'listPriceRules'
  | 'listPriceTiers'
  | 'stockTotals'
  | 'getCategory'
  | 'listCategories'
  | 'countListed'
  | 'listedAmong'
>;

/** The store's own product names and descriptions (R3), as the buyer's catalogue shows them. */
export type ProductNames = Pick<ProductOverridesRepo, 'overridesOf'>;

/** What a sync pass reads and writes to mirror Unleashed's catalogue (B1). */
export type CatalogueSyncTarget = Pick<
  CatalogueRepo,
  | 'getProducts'
  | 'saveProducts'
  | 'getCategory'
  | 'saveCategories'
  | 'getPriceTier'
  | 'savePriceTiers'
  | 'getPriceRules'
  | 'listPriceRules'
  | 'savePriceRules'
  | 'removePriceRules'
  | 'getStockLevels'
  | 'saveStockLevels'
  | 'stockWarehouses'
  | 'removeStockOfWarehouse'
> &
  CatalogueListings;

/** The sync's view of the catalogue: the synced records, and the custom listings a returning product had (R7). */
export const catalogueSyncTarget = (
  catalogue: CatalogueRepo,
  catalogues: CatalogueListings,
): CatalogueSyncTarget => ({
  ...catalogue,
  listingsOf: catalogues.listingsOf,
  unlistEverywhere: catalogues.unlistEverywhere,
});
