// Products of a store (table `products`): the catalogue as synced from Unleashed, with the store's status (R3).
// The admin list filters, sorts and pages in SQL; the plan count (R7) is one query over products and the custom
// catalogues' listings.
import { type SelectQueryBuilder, sql } from 'kysely';
import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { fromStoreRows } from '../db/store-rows.ts';
import type { PageRequest } from '../http/paging.ts';
import { PRODUCT_SYNCED_COLUMNS, productRow, toProduct } from './catalogue.rows.ts';
import type { Product, ProductStatus } from './catalogue.types.ts';
import { anyOf, fromExcluded, upsertPages } from './page-writes.ts';

export interface ProductFilter {
  /** Code or description contains (any case). */
  search?: string;
  status?: ProductStatus;
  /** The product group's GUID. */
  categoryGuid?: string;
}

export interface ProductsRepo {
  getProduct(storeId: string, guid: string): Promise<Product | undefined>;
  /** The store's products among `guids` (any number), in no particular order; unknown GUIDs are left out. */
  getProducts(storeId: string, guids: readonly string[]): Promise<Product[]>;
  /** Every product of the store, by code. */
  listProducts(storeId: string): Promise<Product[]>;
  /** Products matching `filter`, by code; one page of them when `page` is given, with the total either way. */
  findProducts(
    storeId: string,
    filter: ProductFilter,
    page?: PageRequest,
  ): Promise<{ items: Product[]; total: number }>;
  /**
   * Writes synced products a page per statement. A new product gets the status given; an existing one keeps the
   * store's status (R3) — changed only by setProductStatus — unless it comes back from obsolete, when it takes
   * the status given. So a status set while a sync page was being read is never overwritten.
   */
  saveProducts(products: Product[]): Promise<void>;
  /** Sets the status of these products of the store (one statement); returns how many changed. */
  setProductStatus(storeId: string, guids: readonly string[], status: ProductStatus): Promise<number>;
  /** R7: products not obsolete that are Visible or Sellable in Base or listed in any custom catalogue. */
  countListed(storeId: string): Promise<number>;
  /** Which of `guids` are listed as countListed counts them. */
  listedAmong(storeId: string, guids: readonly string[]): Promise<Set<string>>;
}

/** Admin-list order: code without regard to case, the same on PostgreSQL and PGlite. */
const byCode = <O>(query: SelectQueryBuilder<Database, 'products', O>) =>
  query.orderBy(sql`lower(code) collate "C"`).orderBy(sql`code collate "C"`).orderBy('guid');

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createProductsRepo(db: PortalDb, versions: DataVersions): ProductsRepo {
  const ofStore = (storeId: string) => fromStoreRows(db, 'products', storeId);
  const matching = (storeId: string, { search, status, categoryGuid }: ProductFilter) => {
    let query = ofStore(storeId);
    if (search)
      query = query.where((eb) =>
        eb.or([eb('code', 'ilike', likePattern(search)), eb('description', 'ilike', likePattern(search))]),
      );
    if (status) query = query.where('status', '=', status);
    if (categoryGuid) query = query.where('categoryGuid', '=', categoryGuid);
    return query;
  };
  const listed = (storeId: string) =>
    ofStore(storeId)
      .where('obsolete', '=', false)
      .where((eb) =>
        eb.or([
          eb('status', '<>', 'hidden'),
          eb.exists(
            eb
              .selectFrom('catalogueProducts as cp')
              .select(sql.lit(1).as('one'))
              .whereRef('cp.storeId', '=', 'products.storeId')
              .whereRef('cp.productGuid', '=', 'products.guid'),
          ),
        ]),
      );

  return {
    getProduct: async (storeId, guid) => {
      const row = await ofStore(storeId).selectAll().where('guid', '=', guid).executeTakeFirst();
      return row && toProduct(row);
    },
    getProducts: async (storeId, guids) =>
      guids.length === 0
        ? []
        : (await ofStore(storeId).selectAll().where('guid', '=', anyOf(guids)).execute()).map(toProduct),
    listProducts: async (storeId) =>
      (await ofStore(storeId).selectAll().$call(byCode).execute()).map(toProduct),
    findProducts: async (storeId, filter, page) => {
      const query = matching(storeId, filter).selectAll().$call(byCode);
      if (!page) {
        const items = (await query.execute()).map(toProduct);
        return { items, total: items.length };
      }
      const rows = await query
        .select(sql<number>`count(*) over ()`.as('total'))
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize)
        .execute();
      const counted = rows[0]?.total;
      const total =
        counted === undefined
          ? Number(
              (await matching(storeId, filter).select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n,
            )
          : Number(counted);
      return { items: rows.map(({ total: _, ...row }) => toProduct(row)), total };
    },
    saveProducts: (products) =>
      upsertPages(db, versions, 'products', products.map(productRow), {
        key: ['storeId', 'guid'],
        update: {
          ...fromExcluded(PRODUCT_SYNCED_COLUMNS),
          status: sql`case when products.obsolete and not excluded.obsolete then excluded.status else products.status end`,
        },
      }),
    setProductStatus: async (storeId, guids, status) => {
      if (guids.length === 0) return 0;
      return db.transaction(async () => {
        const result = await db.q
          .updateTable('products')
          .set({ status })
          .where('storeId', '=', storeId)
          .where('guid', '=', anyOf(guids))
          .where('status', '<>', status)
          .executeTakeFirst();
        const changed = Number(result.numUpdatedRows);
        if (changed > 0) await versions.bump(storeId, 'catalogue');
        return changed;
      });
    },
    countListed: async (storeId) =>
      Number((await listed(storeId).select(sql<number>`count(*)`.as('n')).executeTakeFirst())?.n ?? 0),
    listedAmong: async (storeId, guids) =>
      guids.length === 0
        ? new Set()
        : new Set(
            (await listed(storeId).select('guid').where('guid', '=', anyOf(guids)).execute()).map(
              (r) => r.guid,
            ),
          ),
  };
}
