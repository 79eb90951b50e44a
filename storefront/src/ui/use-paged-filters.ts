// A paged list's filters and page (the audit trail, the outbox, standing orders): changing a filter goes back to
// the first page, and the list's query carries only the filters that are set.
import { useState } from 'preact/hooks';

/** The filters that are set (not ''), each narrowed to its set values. */
export type SetFilters<F> = { [K in keyof F]?: Exclude<F[K], ''> };

export const setFiltersOf = <F extends object>(filters: F) =>
  Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')) as SetFilters<F>;

/**
 * `change` sets some filters and goes back to page 1; `query(pageSize)` is the list's query for the page, and
 * `reloadKey` changes whenever it does (for the load's deps).
 */
export function usePagedFilters<F extends object>(none: F) {
  const [filters, setFilters] = useState(none);
  const [page, setPage] = useState(1);
  const change = (changes: Partial<F>) => {
    setFilters((current) => ({ ...current, ...changes }));
    setPage(1);
  };
  const query = (pageSize: number) => ({ page, pageSize, ...setFiltersOf(filters) });
  const reloadKey = `${JSON.stringify(filters)}|${page}`;
  return { filters, change, page, setPage, query, reloadKey };
}
