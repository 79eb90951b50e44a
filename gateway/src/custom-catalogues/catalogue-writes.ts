// Changes to custom catalogues (R17), each touching only the rows concerned — a bulk status change of thousands
// of products writes those products' rows, never the whole catalogue — and moving the store's 'catalogues' data
// version in the same transaction. Names are unique per store in any case (named-heads.ts).
import { sql } from 'kysely';
import { anyOf, changeOf, PAGE_ROWS } from '../catalogue/page-writes.ts';
import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { deleteStoreRows } from '../db/store-rows.ts';
import type { CustomCatalogue, ListedStatus } from './catalogues.repo.ts';
import { namedHeadWrites } from './named-heads.ts';

export interface CatalogueWrites {
  /** Adds an empty catalogue; false when the store has one of that name (any case). */
  createCatalogue(
    head: Pick<CustomCatalogue, 'storeId' | 'catalogueId' | 'name' | 'createdAt'>,
  ): Promise<boolean>;
  /** Renames a catalogue; false when another of the store's catalogues has that name (any case). */
  renameCatalogue(storeId: string, catalogueId: string, name: string): Promise<boolean>;
  removeCatalogue(storeId: string, catalogueId: string): Promise<void>;
  /** Writes a whole catalogue as given (the legacy import); a clashing name gets the catalogue's id appended. */
  saveCatalogue(catalogue: CustomCatalogue): Promise<void>;
  /** Lists these products as `status` in the catalogue (added or changed). */
  setProductStatuses(
    storeId: string,
    catalogueId: string,
    guids: readonly string[],
    status: ListedStatus,
  ): Promise<void>;
  /** Unlists these products (Hidden in the catalogue); returns how many were listed. */
  removeProducts(storeId: string, catalogueId: string, guids: readonly string[]): Promise<number>;
  /** Unlists these products from every custom catalogue of the store (a sync that finds no room, R7). */
  unlistEverywhere(storeId: string, guids: readonly string[]): Promise<void>;
  /** Assigns a customer to the catalogue, or with `assigned` false unassigns it. */
  assignCustomer(
    storeId: string,
    catalogueId: string,
    customerGuid: string,
    assigned: boolean,
  ): Promise<void>;
}

export function createCatalogueWrites(db: PortalDb, versions: DataVersions): CatalogueWrites {
  const changing = changeOf(db, versions, 'catalogues');
  const heads = namedHeadWrites(db, versions, 'catalogues');
  const upsertStatuses = async (storeId: string, catalogueId: string, entries: [string, ListedStatus][]) => {
    for (let at = 0; at < entries.length; at += PAGE_ROWS)
      await db.q
        .insertInto('catalogueProducts')
        .values(
          entries
            .slice(at, at + PAGE_ROWS)
            .map(([productGuid, status]) => ({ storeId, catalogueId, productGuid, status })),
        )
        .onConflict((oc) =>
          oc
            .columns(['storeId', 'catalogueId', 'productGuid'])
            .doUpdateSet({ status: sql.ref('excluded.status') }),
        )
        .execute();
  };
  return {
    createCatalogue: heads.create,
    renameCatalogue: heads.rename,
    removeCatalogue: heads.remove,
    saveCatalogue: ({ storeId, catalogueId, name, createdAt, statuses, customerGuids }) =>
      changing(storeId, async () => {
        await heads.save({ storeId, catalogueId, name, createdAt });
        await deleteStoreRows(db, 'catalogueProducts', storeId)
          .where('catalogueId', '=', catalogueId)
          .execute();
        await deleteStoreRows(db, 'catalogueCustomers', storeId)
          .where('catalogueId', '=', catalogueId)
          .execute();
        await upsertStatuses(storeId, catalogueId, Object.entries(statuses ?? {}));
        const customers = [...new Set(customerGuids ?? [])].map((customerGuid) => ({
          storeId,
          catalogueId,
          customerGuid,
        }));
        if (customers.length > 0) await db.q.insertInto('catalogueCustomers').values(customers).execute();
      }),
    setProductStatuses: async (storeId, catalogueId, guids, status) => {
      if (guids.length === 0) return;
      await changing(storeId, () =>
        upsertStatuses(
          storeId,
          catalogueId,
          [...new Set(guids)].map((guid) => [guid, status]),
        ),
      );
    },
    removeProducts: async (storeId, catalogueId, guids) => {
      if (guids.length === 0) return 0;
      return changing(storeId, async () => {
        const result = await deleteStoreRows(db, 'catalogueProducts', storeId)
          .where('catalogueId', '=', catalogueId)
          .where('productGuid', '=', anyOf(guids))
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      });
    },
    unlistEverywhere: async (storeId, guids) => {
      if (guids.length === 0) return;
      await changing(storeId, () =>
        deleteStoreRows(db, 'catalogueProducts', storeId).where('productGuid', '=', anyOf(guids)).execute(),
      );
    },
    assignCustomer: (storeId, catalogueId, customerGuid, assigned) =>
      changing(storeId, async () => {
        if (assigned)
          await db.q
            .insertInto('catalogueCustomers')
            .values({ storeId, catalogueId, customerGuid })
            .onConflict((oc) => oc.doNothing())
            .execute();
        else
          await deleteStoreRows(db, 'catalogueCustomers', storeId)
            .where('catalogueId', '=', catalogueId)
            .where('customerGuid', '=', customerGuid)
            .execute();
      }),
  };
}
