// What a page shows around a `useLoad` result: a loading line, the problem with "Try again", a note when there
// is nothing to show, or the data.
import type { ComponentChildren } from 'preact';
import { Loading, ProblemNote } from './components.tsx';
import type { Loaded } from './use-load.ts';

/**
 * Shows `loading` while the first answer is awaited (a reload keeps the data on screen), the problem with a
 * retry, `empty` when `isEmpty(data)`, else `children(data)`.
 */
export function LoadView<T>(props: {
  loaded: Loaded<T> & { reload: () => void };
  loading: string;
  isEmpty?: (data: T) => boolean;
  empty?: ComponentChildren;
  children: (data: T) => ComponentChildren;
}) {
  const { loaded, loading, isEmpty, empty, children } = props;
  if (loaded.state === 'loading') return <Loading label={loading} />;
  if (loaded.state === 'failed') return <ProblemNote problem={loaded.problem} onRetry={loaded.reload} />;
  if (isEmpty?.(loaded.data)) return <>{empty}</>;
  return <>{children(loaded.data)}</>;
}
