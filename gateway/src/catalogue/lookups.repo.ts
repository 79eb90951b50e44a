// Product groups (shown as categories) and sell price tiers of a store (tables `product_groups`, `price_tiers`):
// the two short lookup lists the sync reads, each written a page per statement.
import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { selectStoreRows } from '../db/store-rows.ts';
import { categoryRow, priceTierRow, toCategory, toPriceTier } from './catalogue.rows.ts';
import type { Category, PriceTier } from './catalogue.types.ts';
import { fromExcluded, upsertPages } from './page-writes.ts';

export interface LookupsRepo {
  getCategory(storeId: string, guid: string): Promise<Category | undefined>;
  listCategories(storeId: string): Promise<Category[]>;
  saveCategories(categories: Category[]): Promise<void>;

  getPriceTier(storeId: string, number: number): Promise<PriceTier | undefined>;
  /** The store's tiers by number. */
  listPriceTiers(storeId: string): Promise<PriceTier[]>;
  savePriceTiers(tiers: PriceTier[]): Promise<void>;
}

export function createLookupsRepo(db: PortalDb, versions: DataVersions): LookupsRepo {
  const categories = (storeId: string) => selectStoreRows(db, 'productGroups', storeId);
  const tiers = (storeId: string) => selectStoreRows(db, 'priceTiers', storeId);
  return {
    getCategory: async (storeId, guid) => {
      const row = await categories(storeId).where('guid', '=', guid).executeTakeFirst();
      return row && toCategory(row);
    },
    listCategories: async (storeId) => (await categories(storeId).orderBy('guid').execute()).map(toCategory),
    saveCategories: (categories) =>
      upsertPages(db, versions, 'productGroups', categories.map(categoryRow), {
        key: ['storeId', 'guid'],
        update: fromExcluded(['name', 'modifiedAt']),
      }),

    getPriceTier: async (storeId, number) => {
      const row = await tiers(storeId).where('number', '=', number).executeTakeFirst();
      return row && toPriceTier(row);
    },
    listPriceTiers: async (storeId) => (await tiers(storeId).orderBy('number').execute()).map(toPriceTier),
    savePriceTiers: (tiers) =>
      upsertPages(db, versions, 'priceTiers', tiers.map(priceTierRow), {
        key: ['storeId', 'number'],
        update: fromExcluded(['name']),
      }),
  };
}
