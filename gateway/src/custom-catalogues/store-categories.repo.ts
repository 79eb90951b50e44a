// The store's own categories (R3: store-only, survive every sync; tables `store_categories` and
// `store_category_products`, whose position keeps the order the admin gave). Names are unique per store in any
// case (a unique index). Every change moves the store's 'catalogues' data version in its transaction.
import { changeOf, PAGE_ROWS } from '../catalogue/page-writes.ts';
import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { deleteStoreRows, selectStoreRows } from '../db/store-rows.ts';
import { byName, namedHeadWrites, namesByProduct, readHeads } from './named-heads.ts';

export interface StoreCategory {
  id: string;
  storeId: string;
  categoryId: string;
  name: string;
  productGuids: string[];
  createdAt: string;
}

export interface StoreCategoriesRepo {
  /** The store's categories by name, each with its products in order. */
  listCategories(storeId: string): Promise<StoreCategory[]>;
  getCategory(storeId: string, categoryId: string): Promise<StoreCategory | undefined>;
  /** Adds an empty category; false when the store has one of that name (any case). */
  createCategory(
    head: Pick<StoreCategory, 'storeId' | 'categoryId' | 'name' | 'createdAt'>,
  ): Promise<boolean>;
  /** Renames a category; false when another of the store's categories has that name (any case). */
  renameCategory(storeId: string, categoryId: string, name: string): Promise<boolean>;
  removeCategory(storeId: string, categoryId: string): Promise<void>;
  /** Replaces the category's products, keeping their order. */
  setCategoryProducts(storeId: string, categoryId: string, productGuids: readonly string[]): Promise<void>;
  /** Writes a whole category as given (the legacy import); a clashing name gets the category's id appended. */
  saveCategory(category: StoreCategory): Promise<void>;
  /** productGuid → the names of the store categories it is in (for the buyer catalogue). */
  categoryNamesByProduct(storeId: string): Promise<Map<string, string[]>>;
}

export function createStoreCategoriesRepo(db: PortalDb, versions: DataVersions): StoreCategoriesRepo {
  const changing = changeOf(db, versions, 'catalogues');
  const heads = namedHeadWrites(db, versions, 'storeCategories');
  const read = async (storeId: string, categoryId?: string): Promise<StoreCategory[]> => {
    const byId = await readHeads(
      db,
      'storeCategories',
      storeId,
      categoryId,
      (head): StoreCategory => ({ ...head, productGuids: [] }),
    );
    if (byId.size === 0) return [];
    let members = selectStoreRows(db, 'storeCategoryProducts', storeId);
    if (categoryId !== undefined) members = members.where('categoryId', '=', categoryId);
    for (const row of await members.orderBy('categoryId').orderBy('position').execute())
      byId.get(row.categoryId)?.productGuids.push(row.productGuid);
    return [...byId.values()];
  };
  const replaceProducts = async (storeId: string, categoryId: string, guids: readonly string[]) => {
    await deleteStoreRows(db, 'storeCategoryProducts', storeId)
      .where('categoryId', '=', categoryId)
      .execute();
    const rows = [...new Set(guids)].map((productGuid, position) => ({
      storeId,
      categoryId,
      productGuid,
      position,
    }));
    for (let at = 0; at < rows.length; at += PAGE_ROWS)
      await db.q
        .insertInto('storeCategoryProducts')
        .values(rows.slice(at, at + PAGE_ROWS))
        .execute();
  };

  return {
    listCategories: (storeId) => read(storeId),
    getCategory: async (storeId, categoryId) => (await read(storeId, categoryId))[0],
    createCategory: heads.create,
    renameCategory: heads.rename,
    removeCategory: heads.remove,
    setCategoryProducts: (storeId, categoryId, productGuids) =>
      changing(storeId, () => replaceProducts(storeId, categoryId, productGuids)),
    saveCategory: ({ storeId, categoryId, name, createdAt, productGuids }) =>
      changing(storeId, async () => {
        await heads.save({ storeId, categoryId, name, createdAt });
        await replaceProducts(storeId, categoryId, productGuids ?? []);
      }),
    categoryNamesByProduct: async (storeId) => {
      const rows = await db.q
        .selectFrom('storeCategoryProducts as m')
        .innerJoin('storeCategories as c', (join) =>
          join.onRef('c.storeId', '=', 'm.storeId').onRef('c.categoryId', '=', 'm.categoryId'),
        )
        .select(['m.productGuid', 'c.name'])
        .where('m.storeId', '=', storeId)
        .execute();
      return namesByProduct(rows.sort(byName));
    },
  };
}
