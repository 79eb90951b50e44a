// Where a repository starts a read or a delete of one store's rows: the `storeId` condition written once, so a
// query built on it cannot see or remove another tenant's rows. The caller adds its own conditions and order.
import type { DeleteQueryBuilder, DeleteResult, Selectable, SelectQueryBuilder } from 'kysely';
import type { PortalDb } from './database.ts';
import type { Database } from './schema.ts';

/** The tables whose every row belongs to one store (a non-null `storeId`). */
export type StoreTable = {
  [T in keyof Database]: Database[T] extends { storeId: string } ? T : never;
}[keyof Database];

// Kysely cannot follow `where('storeId', …)` through a table named by a type parameter; the query is built on
// the union of store tables and typed back to the one table asked for (each of them has the column).

/** `SELECT * FROM table WHERE store_id = storeId`, to narrow further. */
export function selectStoreRows<T extends StoreTable>(
  db: PortalDb,
  table: T,
  storeId: string,
): SelectQueryBuilder<Database, T, Selectable<Database[T]>> {
  const query = db.q
    .selectFrom(table as StoreTable)
    .selectAll()
    .where('storeId', '=', storeId);
  return query as unknown as SelectQueryBuilder<Database, T, Selectable<Database[T]>>;
}

/** `DELETE FROM table WHERE store_id = storeId`, to narrow further. */
export function deleteStoreRows<T extends StoreTable>(
  db: PortalDb,
  table: T,
  storeId: string,
): DeleteQueryBuilder<Database, T, DeleteResult> {
  const query = db.q.deleteFrom(table as StoreTable).where('storeId', '=', storeId);
  return query as unknown as DeleteQueryBuilder<Database, T, DeleteResult>;
}
