// Copying a record's fields into a table row (or back) by name: a row builder lists the columns that keep their
// name and value, and writes out only what it converts. Listing them, rather than spreading the record, keeps
// a field the table lacks (an id derived from the key, a joined value) out of the INSERT.

/** The id a store's copy of a record carries, unique across stores: the store and the record's key, joined by ':'. */
export const storeRecordId = (storeId: string, ...key: (string | number)[]): string =>
  [storeId, ...key].join(':');

/** The listed fields of a record, as they are. */
export function sameFields<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const fields = {} as Pick<T, K>;
  for (const key of keys) fields[key] = record[key];
  return fields;
}

/** The listed fields of a record, each null where the record lacks it (a record of an earlier version). */
export function fieldsOrNull<T extends object, K extends keyof T>(
  record: T,
  keys: readonly K[],
): { [P in K]-?: Exclude<T[P], undefined> | null } {
  const fields = {} as { [P in K]-?: Exclude<T[P], undefined> | null };
  for (const key of keys) fields[key] = (record[key] ?? null) as Exclude<T[K], undefined> | null;
  return fields;
}
