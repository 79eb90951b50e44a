// The paged envelope: page number from the path, pageSize from the query (default 200, clamped to 1000).
import type { Pagination } from './types.ts';

export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 1000;

export interface Page<T> {
  Pagination: Pagination;
  Items: T[];
}

/** The page size asked for, clamped to 1000 (the validator has already refused anything below 1). */
export function pageSizeOf(value: unknown): number {
  if (value === undefined || value === '') return DEFAULT_PAGE_SIZE;
  return Math.min(Number(value), MAX_PAGE_SIZE);
}

/** One page of `items`; `present` runs only on the records of that page. */
export function paginate<T, R = T>(
  items: readonly T[],
  pageNumber: number,
  pageSize: number,
  present: (item: T) => R = (item) => item as unknown as R,
): Page<R> {
  const start = (pageNumber - 1) * pageSize;
  return {
    Pagination: {
      NumberOfItems: items.length,
      PageSize: pageSize,
      PageNumber: pageNumber,
      NumberOfPages: Math.ceil(items.length / pageSize),
    },
    Items: items.slice(start, start + pageSize).map(present),
  };
}

/** Whether a `{guidOrPage}` path segment is a page number. */
export function isPageNumber(segment: string): boolean {
  return /^\d+$/.test(segment);
}
