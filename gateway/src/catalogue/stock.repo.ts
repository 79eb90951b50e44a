// Stock of the store's products per warehouse (table `stock_levels`), summed per product over the warehouses a
// store uses (R4) in SQL.
import { sql } from 'kysely';
import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { deleteStoreRows, fromStoreRows } from '../db/store-rows.ts';
import { stockLevelRow, toStockLevel } from './catalogue.rows.ts';
import type { StockLevel } from './catalogue.types.ts';
import { anyOf, fromExcluded, upsertPages } from './page-writes.ts';

/** Stock of one product summed over a set of warehouses (R4). */
export interface StockTotals {
  onHand: number;
  allocated: number;
  available: number;
}

export interface StockRepo {
  getStockLevel(storeId: string, productGuid: string, warehouseCode: string): Promise<StockLevel | undefined>;
  /** One warehouse's levels of these products (a sync page at once); products without one are left out. */
  getStockLevels(
    storeId: string,
    warehouseCode: string,
    productGuids: readonly string[],
  ): Promise<StockLevel[]>;
  listStockLevels(storeId: string): Promise<StockLevel[]>;
  saveStockLevels(levels: StockLevel[]): Promise<void>;
  /** The warehouses the store has stock levels of. */
  stockWarehouses(storeId: string): Promise<string[]>;
  /** Removes a warehouse's levels (the store stopped using it); returns how many there were. */
  removeStockOfWarehouse(storeId: string, warehouseCode: string): Promise<number>;
  /** One product's stock summed over `warehouseCodes`; zeros when none is known. */
  stockOf(storeId: string, productGuid: string, warehouseCodes: readonly string[]): Promise<StockTotals>;
  /** Stock per product summed over `warehouseCodes`, for these products or every product with stock (one query). */
  stockTotals(
    storeId: string,
    warehouseCodes: readonly string[],
    productGuids?: readonly string[],
  ): Promise<Map<string, StockTotals>>;
}

const NONE: StockTotals = { onHand: 0, allocated: 0, available: 0 };

export function createStockRepo(db: PortalDb, versions: DataVersions): StockRepo {
  const ofStore = (storeId: string) => fromStoreRows(db, 'stockLevels', storeId);
  const repo: StockRepo = {
    getStockLevel: async (storeId, productGuid, warehouseCode) => {
      const row = await ofStore(storeId)
        .selectAll()
        .where('productGuid', '=', productGuid)
        .where('warehouseCode', '=', warehouseCode)
        .executeTakeFirst();
      return row && toStockLevel(row);
    },
    getStockLevels: async (storeId, warehouseCode, productGuids) =>
      productGuids.length === 0
        ? []
        : (
            await ofStore(storeId)
              .selectAll()
              .where('productGuid', '=', anyOf(productGuids))
              .where('warehouseCode', '=', warehouseCode)
              .execute()
          ).map(toStockLevel),
    listStockLevels: async (storeId) =>
      (await ofStore(storeId).selectAll().orderBy('productGuid').orderBy('warehouseCode').execute()).map(
        toStockLevel,
      ),
    saveStockLevels: (levels) =>
      upsertPages(db, versions, 'stockLevels', levels.map(stockLevelRow), {
        key: ['storeId', 'productGuid', 'warehouseCode'],
        update: fromExcluded(['onHand', 'allocated', 'available', 'modifiedAt', 'syncedAt']),
      }),
    stockWarehouses: async (storeId) =>
      (await ofStore(storeId).select('warehouseCode').distinct().orderBy('warehouseCode').execute()).map(
        (row) => row.warehouseCode,
      ),
    removeStockOfWarehouse: (storeId, warehouseCode) =>
      db.transaction(async () => {
        const result = await deleteStoreRows(db, 'stockLevels', storeId)
          .where('warehouseCode', '=', warehouseCode)
          .executeTakeFirst();
        const removed = Number(result.numDeletedRows);
        if (removed > 0) await versions.bump(storeId, 'catalogue');
        return removed;
      }),
    stockOf: async (storeId, productGuid, warehouseCodes) =>
      (await repo.stockTotals(storeId, warehouseCodes, [productGuid])).get(productGuid) ?? { ...NONE },
    stockTotals: async (storeId, warehouseCodes, productGuids) => {
      if (warehouseCodes.length === 0 || productGuids?.length === 0) return new Map();
      let query = ofStore(storeId)
        .select([
          'productGuid',
          sql<number>`sum(on_hand)`.as('onHand'),
          sql<number>`sum(allocated)`.as('allocated'),
          sql<number>`sum(available)`.as('available'),
        ])
        .where('warehouseCode', '=', anyOf(warehouseCodes))
        .groupBy('productGuid');
      if (productGuids) query = query.where('productGuid', '=', anyOf(productGuids));
      const rows = await query.execute();
      return new Map(
        rows.map(({ productGuid, ...totals }) => [
          productGuid,
          {
            onHand: Number(totals.onHand),
            allocated: Number(totals.allocated),
            available: Number(totals.available),
          },
        ]),
      );
    },
  };
  return repo;
}
