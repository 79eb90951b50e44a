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
): Loaded<T> & { reload: () => void; set: (data: T) => void; update: (change: (data: T) => T) => void } {
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
  // From the latest data, not the render's: two changes answered before a re-render both stay.
  const update = useCallback(
    (change: (data: T) => T) =>
      setLoaded((previous) =>
        previous.state === 'ready' ? { state: 'ready', data: change(previous.data) } : previous,
      ),
    [],
  );
  return { ...loaded, reload, set, update };
}

/** Changes a loaded list's items in place: `update` answers each item, changed or as it was. */
export function updateItems<L extends { items: unknown[] }>(
  list: { update: (change: (data: L) => L) => void },
  update: (item: L['items'][number]) => L['items'][number],
) {
  list.update((data) => ({ ...data, items: data.items.map(update) }));
}
