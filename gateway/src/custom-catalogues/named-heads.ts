// What a store's custom catalogues and its own categories share: each has a head row (store, id, name, created)
// whose name is unique per store in any case (a unique index), read, created, renamed, removed and written whole
// by the legacy import the same way. Every change moves the store's 'catalogues' data version.
import { type Kysely, sql } from 'kysely';
import { changeOf, isUniqueViolation } from '../catalogue/page-writes.ts';
import type { DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';

/** The head tables and the column holding each one's id. */
const idColumns = { catalogues: 'catalogueId', storeCategories: 'categoryId' } as const;
type HeadTable = keyof typeof idColumns;
type IdColumn<T extends HeadTable> = (typeof idColumns)[T];

export type NamedHead<T extends HeadTable> = { storeId: string; name: string; createdAt: string } & Record<
  IdColumn<T>,
  string
>;

/** Both head tables seen as one shape, so the statements below are written once (their columns are the same). */
type HeadsDb = Record<string, { storeId: string; name: string; createdAt: string; [id: string]: string }>;

/** The order the admin pages show (the same as the in-memory storage gave). */
export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

const headsOf = (db: PortalDb) => db.q as unknown as Kysely<HeadsDb>;

/**
 * The store's heads by name (only the one with `id` when given), each made a record by `toRecord` with its id
 * `${storeId}:${id}`, keyed by the head's own id (without the store).
 */
export async function readHeads<T extends HeadTable, R>(
  db: PortalDb,
  table: T,
  storeId: string,
  id: string | undefined,
  toRecord: (head: NamedHead<T> & { id: string }) => R,
): Promise<Map<string, R>> {
  const idColumn: string = idColumns[table];
  let query = headsOf(db).selectFrom(table).selectAll().where('storeId', '=', storeId);
  if (id !== undefined) query = query.where(idColumn, '=', id);
  const rows = (await query.execute()) as NamedHead<T>[];
  return new Map(
    rows.sort(byName).map((row) => {
      const headId = (row as Record<string, string>)[idColumn] as string;
      return [headId, toRecord({ id: `${storeId}:${headId}`, ...row })];
    }),
  );
}

/** productGuid → the names of the heads listing it, in the order of `rows` (one row per head listing the product). */
export function namesByProduct(
  rows: readonly { productGuid: string; name: string }[],
): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const { productGuid, name } of rows) names.set(productGuid, [...(names.get(productGuid) ?? []), name]);
  return names;
}

export interface NamedHeadWrites<T extends HeadTable> {
  /** Adds the head; false when the store has one of that name (any case). */
  create(head: NamedHead<T>): Promise<boolean>;
  /** Renames it; false when another head of the store has that name (any case). */
  rename(storeId: string, id: string, name: string): Promise<boolean>;
  remove(storeId: string, id: string): Promise<void>;
  /** Writes the head as given, inside the caller's change; a clashing name gets the id's start appended. */
  save(head: NamedHead<T>): Promise<void>;
}

export function namedHeadWrites<T extends HeadTable>(
  db: PortalDb,
  versions: DataVersions,
  table: T,
): NamedHeadWrites<T> {
  const changing = changeOf(db, versions, 'catalogues');
  const idColumn: string = idColumns[table];
  const tableName: string = table;
  const heads = () => headsOf(db);

  return {
    create: (head) =>
      changing(head.storeId, async () => {
        const result = await heads()
          .insertInto(tableName)
          .values(head)
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        return Number(result.numInsertedOrUpdatedRows) > 0;
      }),
    rename: async (storeId, id, name) => {
      try {
        await changing(storeId, () =>
          heads()
            .updateTable(tableName)
            .set({ name })
            .where('storeId', '=', storeId)
            .where(idColumn, '=', id)
            .execute(),
        );
        return true;
      } catch (error) {
        if (isUniqueViolation(error) && !db.inTransaction) return false;
        throw error;
      }
    },
    remove: (storeId, id) =>
      changing(storeId, async () => {
        await heads().deleteFrom(tableName).where('storeId', '=', storeId).where(idColumn, '=', id).execute();
      }),
    save: async (head) => {
      const id = (head as Record<string, string>)[idColumn] as string;
      const clash = await heads()
        .selectFrom(tableName)
        .select(idColumn)
        .where('storeId', '=', head.storeId)
        .where(idColumn, '<>', id)
        .where(sql`lower(name)`, '=', head.name.toLowerCase())
        .executeTakeFirst();
      const name = clash ? `${head.name} (${id.slice(0, 8)})` : head.name;
      await heads()
        .insertInto(tableName)
        .values({ ...head, name })
        .onConflict((oc) => oc.columns(['storeId', idColumn]).doUpdateSet({ name }))
        .execute();
    },
  };
}
