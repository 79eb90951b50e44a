// Saving a record whole: one INSERT … ON CONFLICT (key) DO UPDATE that writes every column of the row, so a save
// is one statement whether or not the row exists (on any instance).
import type { Insertable } from 'kysely';
import type { PortalDb } from './database.ts';
import type { Database } from './schema.ts';

/** Inserts `row` into `table`, or where a row with the same `key` columns exists, sets its other columns to `row`'s. */
export async function upsertRow<T extends keyof Database>(
  db: PortalDb,
  table: T,
  key: readonly (keyof Database[T] & string)[],
  row: Insertable<Database[T]>,
): Promise<void> {
  const changes = Object.fromEntries(
    Object.entries(row).filter(([column]) => !key.includes(column as keyof Database[T] & string)),
  );
  await db.q
    .insertInto(table)
    .values(row)
    // The row less its key columns: the same object type, which Kysely cannot derive for a generic table.
    .onConflict((oc) => oc.columns(key).doUpdateSet(changes as Insertable<Database[T]>))
    .execute();
}
