// What the catalogue's bulk writes share: a sync page (or any list) is written in a few multi-row statements of at
// most PAGE_ROWS rows, never row by row, and the stores it touched get their data version moved once per call,
// in the same transaction, so caches built on that data rebuild once it has committed.
import { type RawBuilder, sql } from 'kysely';
import type { DataArea, DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';

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

/**
 * Writes `records` through `write` in slices of PAGE_ROWS (the last of two records with the same key wins: one
 * statement may not update a row twice), then moves `area` of every store written, all in one transaction.
 */
export async function writePages<T extends { storeId: string }>(
  db: PortalDb,
  versions: DataVersions,
  area: DataArea,
  records: readonly T[],
  keyOf: (record: T) => string,
  write: (slice: T[]) => Promise<unknown>,
): Promise<void> {
  if (records.length === 0) return;
  const unique = [...new Map(records.map((record) => [keyOf(record), record])).values()];
  await db.transaction(async () => {
    for (let at = 0; at < unique.length; at += PAGE_ROWS) await write(unique.slice(at, at + PAGE_ROWS));
    for (const storeId of new Set(unique.map((record) => record.storeId))) await versions.bump(storeId, area);
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
