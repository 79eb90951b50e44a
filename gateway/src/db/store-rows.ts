// Where a repository starts a read or a delete of one store's rows: the `storeId` condition written once, so a
// query built on it cannot see or remove another tenant's rows. The caller adds its own conditions and order.
import type { DeleteQueryBuilder, DeleteResult, Selectable, SelectQueryBuilder } from 'kysely';
import type { PortalDb } from './database.ts';
import type { Database } from './schema.ts';

/** The tables whose every row belongs to one store (a non-null `storeId`). */
export type StoreTable = {
  [T in keyof Database]: Database[T] extends { storeId: string } ? T : never;
}[keyof Database];

// Kysely cannot follow `where('storeId', …)` through a table named by a type parameter: each query is built on
// the union of store tables and typed back to the one table asked for (each of them has the column).
type FromStore<T extends StoreTable> = SelectQueryBuilder<Database, T, object>;
type SelectStore<T extends StoreTable> = SelectQueryBuilder<Database, T, Selectable<Database[T]>>;
type DeleteStore<T extends StoreTable> = DeleteQueryBuilder<Database, T, DeleteResult>;

/** `FROM table WHERE store_id = storeId`, for the caller to say what it selects and narrow further. */
export const fromStoreRows = <T extends StoreTable>(db: PortalDb, table: T, storeId: string) =>
  db.q.selectFrom(table as StoreTable).where('storeId', '=', storeId) as unknown as FromStore<T>;

/** `SELECT * FROM table WHERE store_id = storeId`, to narrow further. */
export const selectStoreRows = <T extends StoreTable>(db: PortalDb, table: T, storeId: string) =>
  fromStoreRows(db, table, storeId).selectAll() as unknown as SelectStore<T>;

/** `DELETE FROM table WHERE store_id = storeId`, to narrow further. */
export const deleteStoreRows = <T extends StoreTable>(db: PortalDb, table: T, storeId: string) =>
  db.q.deleteFrom(table as StoreTable).where('storeId', '=', storeId) as unknown as DeleteStore<T>;
