// Product groups, sell price tiers and price rules of a store (tables `product_groups`, `price_tiers`,
// `price_rules`), each written a page per statement by the sync.

import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import {
  categoryRow,
  priceRuleRow,
  priceTierRow,
  toCategory,
  toPriceRule,
  toPriceTier,
} from './catalogue.rows.ts';
import type { Category, PriceRule, PriceTier } from './catalogue.types.ts';
import { anyOf, fromExcluded, writePages } from './page-writes.ts';

export interface PricesRepo {
  getCategory(storeId: string, guid: string): Promise<Category | undefined>;
  listCategories(storeId: string): Promise<Category[]>;
  saveCategories(categories: Category[]): Promise<void>;

  getPriceTier(storeId: string, number: number): Promise<PriceTier | undefined>;
  /** The store's tiers by number. */
  listPriceTiers(storeId: string): Promise<PriceTier[]>;
  savePriceTiers(tiers: PriceTier[]): Promise<void>;

  getPriceRule(storeId: string, guid: string): Promise<PriceRule | undefined>;
  /** The store's rules among `guids` (a sync page at once); unknown GUIDs are left out. */
  getPriceRules(storeId: string, guids: readonly string[]): Promise<PriceRule[]>;
  /** Every rule of the store, or of one product. */
  listPriceRules(storeId: string, productGuid?: string): Promise<PriceRule[]>;
  savePriceRules(rules: PriceRule[]): Promise<void>;
  /** Removes these rules of the store (by GUID); returns how many there were. */
  removePriceRules(storeId: string, guids: string[]): Promise<number>;
}

export function createPricesRepo(db: PortalDb, versions: DataVersions): PricesRepo {
  const rulesOf = (storeId: string) =>
    db.q.selectFrom('priceRules').selectAll().where('storeId', '=', storeId);
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

    getPriceRule: async (storeId, guid) => {
      const row = await rulesOf(storeId).where('guid', '=', guid).executeTakeFirst();
      return row && toPriceRule(row);
    },
    getPriceRules: async (storeId, guids) =>
      guids.length === 0
        ? []
        : (await rulesOf(storeId).where('guid', '=', anyOf(guids)).execute()).map(toPriceRule),
    listPriceRules: async (storeId, productGuid) => {
      const query =
        productGuid === undefined
          ? rulesOf(storeId)
          : rulesOf(storeId).where('productGuid', '=', productGuid);
      return (await query.orderBy('guid').execute()).map(toPriceRule);
    },
    savePriceRules: (rules) =>
      writePages(
        db,
        versions,
        'catalogue',
        rules,
        (r) => `${r.storeId}:${r.guid}`,
        (slice) =>
          db.q
            .insertInto('priceRules')
            .values(slice.map(priceRuleRow))
            .onConflict((oc) =>
              oc
                .columns(['storeId', 'guid'])
                .doUpdateSet(
                  fromExcluded([
                    'productGuid',
                    'customerGuid',
                    'minimumQuantity',
                    'price',
                    'discountPercent',
                    'validFrom',
                    'validTo',
                    'modifiedAt',
                  ]),
                ),
            )
            .execute(),
      ),
    removePriceRules: async (storeId, guids) => {
      if (guids.length === 0) return 0;
      return db.transaction(async () => {
        const result = await db.q
          .deleteFrom('priceRules')
          .where('storeId', '=', storeId)
          .where('guid', '=', anyOf(guids))
          .executeTakeFirst();
        const removed = Number(result.numDeletedRows);
        if (removed > 0) await versions.bump(storeId, 'catalogue');
        return removed;
      });
    },
  };
}
