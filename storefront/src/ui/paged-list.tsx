// A list page's body for a list the gateway pages (`items`, `total`): loading, failed with retry, empty, or the
// items, then Previous / Next.
import type { ComponentChildren } from 'preact';
import { LoadView } from './load-view.tsx';
import { Pager } from './pager.tsx';
import type { Loaded } from './use-load.ts';

export interface PageOf<I> {
  items: I[];
  total: number;
}

/** `children(items)` when the page has items, `empty` when it has none; the pager under either once loaded. */
export function PagedList<I>(props: {
  loaded: Loaded<PageOf<I>> & { reload: () => void };
  loading: string;
  /** Shown for a page with no items; without it the children get the empty page (they say it themselves). */
  empty?: ComponentChildren;
  pager: { label: string; page: number; pageSize: number; onPage: (page: number) => void };
  children: (items: I[]) => ComponentChildren;
}) {
  const { loaded, loading, empty, pager, children } = props;
  return (
    <>
      <LoadView
        loaded={loaded}
        loading={loading}
        isEmpty={empty === undefined ? undefined : (data) => data.items.length === 0}
        empty={empty}
      >
        {(data) => children(data.items)}
      </LoadView>
      {loaded.data && <Pager {...pager} total={loaded.data.total} />}
    </>
  );
}
