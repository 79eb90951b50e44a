// What the catalogue's bulk writes share: a sync page (or any list) is written in a few multi-row statements of at
// most PAGE_ROWS rows, never row by row, and the stores it touched get their data version moved once per call,
// in the same transaction, so caches built on that data rebuild once it has committed.
import {
  type Insertable,
  type OnConflictTables,
  type OnConflictUpdateDatabase,
  type RawBuilder,
  sql,
  type UpdateObject,
} from 'kysely';
import type { DataArea, DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters for the widest table (18 columns). */
export const PAGE_ROWS = 1_000;

/** `excluded.<column>` for each column: the ON CONFLICT DO UPDATE that takes the incoming row's values. */
export function fromExcluded<C extends string>(columns: readonly C[]): Record<C, RawBuilder<never>> {
  return Object.fromEntries(
    columns.map((column) => [column, sql.ref<never>(`excluded.${column}`)]),
  ) as Record<C, RawBuilder<never>>;
}

/** `= ANY($1)` with the list as one array parameter (any length, one placeholder). */
export const anyOf = (values: readonly string[]) => sql<string>`any(${[...values]}::text[])`;

/** The tables a sync writes a page at a time. */
type SyncedTable = 'products' | 'productGroups' | 'priceTiers' | 'priceRules' | 'stockLevels';

/** What ON CONFLICT … DO UPDATE may set on a row of `T` (from the `excluded` row, say). */
type ConflictUpdate<T extends SyncedTable> = UpdateObject<
  OnConflictUpdateDatabase<Database, T>,
  OnConflictTables<T>,
  OnConflictTables<T>
>;

/**
 * Inserts `rows` into `table` in statements of PAGE_ROWS rows; where a row with the same `key` is stored, sets
 * `update` on it instead (of two rows with the same key the last wins: one statement may not update a row twice).
 * Then moves the 'catalogue' version of every store written, all in one transaction.
 */
export async function upsertPages<T extends SyncedTable>(
  db: PortalDb,
  versions: DataVersions,
  table: T,
  rows: readonly (Insertable<Database[T]> & { storeId: string })[],
  { key, update }: { key: readonly (keyof Database[T] & string)[]; update: ConflictUpdate<T> },
): Promise<void> {
  if (rows.length === 0) return;
  const keyOf = (row: Record<string, unknown>) => key.map((column) => String(row[column])).join(':');
  const unique = [...new Map(rows.map((row) => [keyOf(row), row])).values()];
  await db.transaction(async () => {
    for (let at = 0; at < unique.length; at += PAGE_ROWS)
      await db.q
        .insertInto(table)
        .values(unique.slice(at, at + PAGE_ROWS))
        .onConflict((oc) => oc.columns(key).doUpdateSet(update))
        .execute();
    for (const storeId of new Set(unique.map((row) => row.storeId)))
      await versions.bump(storeId, 'catalogue');
  });
}

/** Runs one change of a store's data in a transaction that also moves its `area` version. */
export const changeOf =
  (db: PortalDb, versions: DataVersions, area: DataArea) =>
  <T>(storeId: string, work: () => Promise<T>): Promise<T> =>
    db.transaction(async () => {
      const result = await work();
      await versions.bump(storeId, area);
      return result;
    });

/** Whether a statement failed on a unique index (a name another row took). */
export const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === '23505';
