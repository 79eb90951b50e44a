// Filter and ordering helpers shared by the resources: Unleashed's starts-with / contains / exact rules,
// modifiedSince, and orderBy.
import { fromWireDate, parseUtcDate } from '../dates.ts';
import { queryList, queryText } from '../query.ts';

type Predicate<T> = (item: T) => boolean;

/** Keeps the items that pass every predicate; undefined predicates (filters not asked for) are skipped. */
export function applyFilters<T>(items: readonly T[], predicates: (Predicate<T> | undefined)[]): readonly T[] {
  const active = predicates.filter((predicate): predicate is Predicate<T> => predicate !== undefined);
  return active.length === 0 ? items : items.filter((item) => active.every((predicate) => predicate(item)));
}

/** A filter on a text field, built only when the query value is present. */
export function textFilter<T>(
  value: unknown,
  field: (item: T) => string | null | undefined,
  mode: 'startsWith' | 'contains' | 'exact',
  caseSensitive = false,
): Predicate<T> | undefined {
  const wanted = queryText(value);
  if (wanted === undefined) return undefined;
  const norm = (text: string) => (caseSensitive ? text : text.toLowerCase());
  const needle = norm(wanted);
  return (item) => {
    const text = field(item);
    if (text === null || text === undefined) return false;
    const hay = norm(text);
    if (mode === 'exact') return hay === needle;
    return mode === 'startsWith' ? hay.startsWith(needle) : hay.includes(needle);
  };
}

/** `modifiedSince`: LastModifiedOn at or after the given UTC time (the validator has checked the format). */
export function modifiedSinceFilter<T extends { LastModifiedOn?: string | null }>(
  value: unknown,
): Predicate<T> | undefined {
  const text = queryText(value);
  if (text === undefined) return undefined;
  const since = parseUtcDate(text) ?? 0;
  return (item) => (fromWireDate(item.LastModifiedOn) ?? 0) >= since;
}

/** A filter on a GUID field by a comma-separated list. */
export function guidListFilter<T>(
  value: unknown,
  field: (item: T) => string | undefined,
): Predicate<T> | undefined {
  const guids = queryList(value);
  if (guids === undefined) return undefined;
  const wanted = new Set(guids);
  return (item) => wanted.has((field(item) ?? '').toLowerCase());
}

/**
 * Orders by `orderBy` (LastModifiedOn or CreatedOn, oldest first) or else by the resource's code; ties are
 * broken by Guid so that paging is stable.
 */
export function orderRecords<
  T extends { Guid: string; LastModifiedOn?: string | null; CreatedOn?: string | null },
>(items: readonly T[], orderBy: unknown, code: (item: T) => string): T[] {
  const by = (queryText(orderBy) ?? '').toLowerCase();
  const sorted = [...items];
  if (by === 'lastmodifiedon' || by === 'createdon') {
    const dateOf = (item: T) => fromWireDate(by === 'createdon' ? item.CreatedOn : item.LastModifiedOn) ?? 0;
    sorted.sort((a, b) => dateOf(a) - dateOf(b) || a.Guid.localeCompare(b.Guid));
  } else {
    sorted.sort((a, b) => compareCodes(code(a), code(b)) || a.Guid.localeCompare(b.Guid));
  }
  return sorted;
}

function compareCodes(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}
