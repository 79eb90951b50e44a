// Store-only catalogue data (R3, R17): custom catalogues (product statuses that override Base for the customers
// assigned; tables `catalogues`, `catalogue_products`, `catalogue_customers`) and store categories (see
// store-categories.repo.ts). No sync touches them. A change writes only the rows concerned, and moves the store's
// 'catalogues' data version in its transaction.
import { sql } from 'kysely';
import type { ProductStatus } from '../catalogue/catalogue.types.ts';
import { anyOf } from '../catalogue/page-writes.ts';
import { createDataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { selectStoreRows } from '../db/store-rows.ts';
import { type CatalogueWrites, createCatalogueWrites } from './catalogue-writes.ts';
import { namesByProduct, readHeads } from './named-heads.ts';
import { createStoreCategoriesRepo, type StoreCategoriesRepo } from './store-categories.repo.ts';

export type ListedStatus = Exclude<ProductStatus, 'hidden'>;

export interface CustomCatalogue {
  id: string;
  storeId: string;
  catalogueId: string;
  name: string;
  /** productGuid → Visible or Sellable; a product not listed here is Hidden in this catalogue. */
  statuses: Record<string, ListedStatus>;
  customerGuids: string[];
  createdAt: string;
}

export type { StoreCategory } from './store-categories.repo.ts';

export interface CataloguesRepo extends StoreCategoriesRepo, CatalogueWrites {
  /** The store's catalogues by name, each with its products' statuses and its customers. */
  listCatalogues(storeId: string): Promise<CustomCatalogue[]>;
  getCatalogue(storeId: string, catalogueId: string): Promise<CustomCatalogue | undefined>;
  /** The statuses in one catalogue of those of `productGuids` it lists. */
  statusesIn(
    storeId: string,
    catalogueId: string,
    productGuids: readonly string[],
  ): Promise<Map<string, ListedStatus>>;
  /** For one customer: each product listed in a catalogue it is assigned to, with its most permissive status there. */
  statusesForCustomer(storeId: string, customerGuid: string): Promise<Map<string, ListedStatus>>;
  /** For each of `productGuids` listed in a custom catalogue: the names of the catalogues listing it. */
  listingsOf(storeId: string, productGuids: readonly string[]): Promise<Map<string, string[]>>;
  /** The catalogues a customer is assigned to, by id. */
  catalogueIdsOf(storeId: string, customerGuid: string): Promise<string[]>;
}

export function createCataloguesRepo(db: PortalDb): CataloguesRepo {
  const versions = createDataVersions(db);
  const read = async (storeId: string, catalogueId?: string): Promise<CustomCatalogue[]> => {
    const byId = await readHeads(
      db,
      'catalogues',
      storeId,
      catalogueId,
      (head): CustomCatalogue => ({ ...head, statuses: {}, customerGuids: [] }),
    );
    if (byId.size === 0) return [];
    let products = selectStoreRows(db, 'catalogueProducts', storeId);
    let customers = selectStoreRows(db, 'catalogueCustomers', storeId);
    if (catalogueId !== undefined) {
      products = products.where('catalogueId', '=', catalogueId);
      customers = customers.where('catalogueId', '=', catalogueId);
    }
    for (const row of await products.execute()) {
      const catalogue = byId.get(row.catalogueId);
      if (catalogue) catalogue.statuses[row.productGuid] = row.status as ListedStatus;
    }
    for (const row of await customers.orderBy('customerGuid').execute())
      byId.get(row.catalogueId)?.customerGuids.push(row.customerGuid);
    return [...byId.values()];
  };
  const rank = sql<boolean>`bool_or(cp.status = 'sellable')`;

  return {
    ...createCatalogueWrites(db, versions),
    ...createStoreCategoriesRepo(db, versions),
    listCatalogues: (storeId) => read(storeId),
    getCatalogue: async (storeId, catalogueId) => (await read(storeId, catalogueId))[0],
    statusesIn: async (storeId, catalogueId, productGuids) => {
      if (productGuids.length === 0) return new Map();
      const rows = await db.q
        .selectFrom('catalogueProducts')
        .select(['productGuid', 'status'])
        .where('storeId', '=', storeId)
        .where('catalogueId', '=', catalogueId)
        .where('productGuid', '=', anyOf(productGuids))
        .execute();
      return new Map(rows.map((row) => [row.productGuid, row.status as ListedStatus]));
    },
    statusesForCustomer: async (storeId, customerGuid) => {
      const rows = await db.q
        .selectFrom('catalogueCustomers as cc')
        .innerJoin('catalogueProducts as cp', (join) =>
          join.onRef('cp.storeId', '=', 'cc.storeId').onRef('cp.catalogueId', '=', 'cc.catalogueId'),
        )
        .select(['cp.productGuid', rank.as('sellable')])
        .where('cc.storeId', '=', storeId)
        .where('cc.customerGuid', '=', customerGuid)
        .groupBy('cp.productGuid')
        .execute();
      return new Map(rows.map((row) => [row.productGuid, row.sellable ? 'sellable' : 'visible']));
    },
    listingsOf: async (storeId, productGuids) => {
      if (productGuids.length === 0) return new Map();
      const rows = await db.q
        .selectFrom('catalogueProducts as cp')
        .innerJoin('catalogues as c', (join) =>
          join.onRef('c.storeId', '=', 'cp.storeId').onRef('c.catalogueId', '=', 'cp.catalogueId'),
        )
        .select(['cp.productGuid', 'c.name'])
        .where('cp.storeId', '=', storeId)
        .where('cp.productGuid', '=', anyOf(productGuids))
        .orderBy('c.name')
        .execute();
      return namesByProduct(rows);
    },
    catalogueIdsOf: async (storeId, customerGuid) =>
      (
        await db.q
          .selectFrom('catalogueCustomers')
          .select('catalogueId')
          .where('storeId', '=', storeId)
          .where('customerGuid', '=', customerGuid)
          .orderBy('catalogueId')
          .execute()
      ).map((row) => row.catalogueId),
  };
}
