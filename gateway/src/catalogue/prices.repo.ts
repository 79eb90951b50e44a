// Price rules of a store (table `price_rules`): customer prices and quantity breaks (R17a), read and written a
// sync page at a time.
import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { deleteStoreRows, selectStoreRows } from '../db/store-rows.ts';
import { priceRuleRow, toPriceRule } from './catalogue.rows.ts';
import type { PriceRule } from './catalogue.types.ts';
import { anyOf, fromExcluded, upsertPages } from './page-writes.ts';

export interface PricesRepo {
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
  const rulesOf = (storeId: string) => selectStoreRows(db, 'priceRules', storeId);
  return {
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
      upsertPages(db, versions, 'priceRules', rules.map(priceRuleRow), {
        key: ['storeId', 'guid'],
        update: fromExcluded([
          'productGuid',
          'customerGuid',
          'minimumQuantity',
          'price',
          'discountPercent',
          'validFrom',
          'validTo',
          'modifiedAt',
        ]),
      }),
    removePriceRules: async (storeId, guids) => {
      if (guids.length === 0) return 0;
      return db.transaction(async () => {
        const result = await deleteStoreRows(db, 'priceRules', storeId)
          .where('guid', '=', anyOf(guids))
          .executeTakeFirst();
        const removed = Number(result.numDeletedRows);
        if (removed > 0) await versions.bump(storeId, 'catalogue');
        return removed;
      });
    },
  };
}
