// Product groups (shown as categories) and sell price tiers of a store (tables `product_groups`, `price_tiers`):
// the two short lookup lists the sync reads, each written a page per statement.
import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { categoryRow, priceTierRow, toCategory, toPriceTier } from './catalogue.rows.ts';
import type { Category, PriceTier } from './catalogue.types.ts';
import { fromExcluded, writePages } from './page-writes.ts';

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
  return {
    getCategory: async (storeId, guid) => {
      const row = await db.q
        .selectFrom('productGroups')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('guid', '=', guid)
        .executeTakeFirst();
      return row && toCategory(row);
    },
    listCategories: async (storeId) =>
      (
        await db.q
          .selectFrom('productGroups')
          .selectAll()
          .where('storeId', '=', storeId)
          .orderBy('guid')
          .execute()
      ).map(toCategory),
    saveCategories: (categories) =>
      writePages(
        db,
        versions,
        'catalogue',
        categories,
        (c) => `${c.storeId}:${c.guid}`,
        (slice) =>
          db.q
            .insertInto('productGroups')
            .values(slice.map(categoryRow))
            .onConflict((oc) =>
              oc.columns(['storeId', 'guid']).doUpdateSet(fromExcluded(['name', 'modifiedAt'])),
            )
            .execute(),
      ),

    getPriceTier: async (storeId, number) => {
      const row = await db.q
        .selectFrom('priceTiers')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('number', '=', number)
        .executeTakeFirst();
      return row && toPriceTier(row);
    },
    listPriceTiers: async (storeId) =>
      (
        await db.q
          .selectFrom('priceTiers')
          .selectAll()
          .where('storeId', '=', storeId)
          .orderBy('number')
          .execute()
      ).map(toPriceTier),
    savePriceTiers: (tiers) =>
      writePages(
        db,
        versions,
        'catalogue',
        tiers,
        (t) => `${t.storeId}:${t.number}`,
        (slice) =>
          db.q
            .insertInto('priceTiers')
            .values(slice.map(priceTierRow))
            .onConflict((oc) => oc.columns(['storeId', 'number']).doUpdateSet(fromExcluded(['name'])))
            .execute(),
      ),
  };
}
