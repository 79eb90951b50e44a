// A list the gateway pages under filters: the filters settle for 250 ms before they load, the page shown, and
// whether the rows shown still answer an older request (other filters, another page) while the newer one loads.
import { useState } from 'preact/hooks';
import type { Problem } from '../api/types.ts';
import { useDebounced } from './use-debounced.ts';
import { useLoad } from './use-load.ts';
import { useStale } from './use-stale.ts';

/** `load(filter, page)` runs for the settled `filter` and the page, again whenever either or `deps` change. */
export function useFilteredPage<F, T>(
  filter: F,
  deps: readonly unknown[],
  load: (filter: F, page: number) => Promise<{ data?: T; error?: Problem }>,
) {
  const [page, setPage] = useState(1);
  const settled = useDebounced(filter, 250);
  const requestKey = `${JSON.stringify(settled)}|${page}`;
  const stale = useStale();
  const loaded = useLoad(() => stale.track(requestKey, load(settled, page)), [...deps, requestKey]);
  return { loaded, filter: settled, page, setPage, busy: stale.isStale(requestKey) };
}
