// Description overrides (R3; table `product_overrides`): the store's own name and description of a product. No
// sync writes them, so they survive every sync. A change moves the store's 'catalogue' data version in its
// transaction, so the buyer catalogue built on it rebuilds.
import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { deleteStoreRows, selectStoreRows } from '../db/store-rows.ts';
import { upsertRow } from '../db/upsert-row.ts';
import { anyOf, changeOf } from './page-writes.ts';

export interface ProductOverride {
  name: string | null;
  description: string | null;
}

export interface ProductOverridesRepo {
  /** The overrides of the store's products (all of them, or those among `guids`), by product GUID. */
  overridesOf(storeId: string, guids?: readonly string[]): Promise<Map<string, ProductOverride>>;
  /** Sets one product's override; both null removes it. */
  saveOverride(storeId: string, productGuid: string, override: ProductOverride, at: string): Promise<void>;
}

export function createProductOverridesRepo(db: PortalDb, versions: DataVersions): ProductOverridesRepo {
  const changing = changeOf(db, versions, 'catalogue');
  return {
    async overridesOf(storeId, guids) {
      if (guids?.length === 0) return new Map();
      let query = selectStoreRows(db, 'productOverrides', storeId);
      if (guids) query = query.where('productGuid', '=', anyOf(guids));
      const rows = await query.execute();
      return new Map(rows.map((r) => [r.productGuid, { name: r.name, description: r.description }]));
    },
    saveOverride: (storeId, productGuid, { name, description }, at) =>
      changing(storeId, async () => {
        if (name === null && description === null) {
          await deleteStoreRows(db, 'productOverrides', storeId)
            .where('productGuid', '=', productGuid)
            .execute();
          return;
        }
        await upsertRow(db, 'productOverrides', ['storeId', 'productGuid'], {
          storeId,
          productGuid,
          name,
          description,
          updatedAt: at,
        });
      }),
  };
}
