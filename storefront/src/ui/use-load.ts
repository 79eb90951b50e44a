// Loading a gateway resource into a component: loading, then the data or the problem, with a reload.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Problem } from '../api/types.ts';

export type Loaded<T> =
  | { state: 'loading'; data?: undefined; problem?: undefined }
  | { state: 'ready'; data: T; problem?: undefined }
  | { state: 'failed'; data?: undefined; problem: Problem };

/**
 * Runs `load` (an openapi-fetch call) when `deps` change and on `reload()`. Answers from superseded calls are
 * dropped, so a slow old answer never overwrites a newer one.
 */
export function useLoad<T>(
  load: () => Promise<{ data?: T; error?: Problem }>,
  deps: readonly unknown[],
): Loaded<T> & { reload: () => void; set: (data: T) => void } {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    setLoaded((previous) => (previous.state === 'ready' ? previous : { state: 'loading' }));
    load().then(({ data, error }) => {
      if (!current) return;
      if (error) setLoaded({ state: 'failed', problem: error });
      else setLoaded({ state: 'ready', data: data as T });
    });
    return () => {
      current = false;
    };
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  const set = useCallback((data: T) => setLoaded({ state: 'ready', data }), []);
  return { ...loaded, reload, set };
}

/** Changes a loaded list's items in place: `update` answers each item, changed or as it was. */
export function updateItems<L extends { items: unknown[] }>(
  list: { data?: L; set: (data: L) => void },
  update: (item: L['items'][number]) => L['items'][number],
) {
  if (list.data) list.set({ ...list.data, items: list.data.items.map(update) });
}
