// A value that settles: follows `value` only once it has stopped changing for `ms` (search boxes, live previews).
import { useEffect, useState } from 'preact/hooks';

/** `value`, `ms` after its last change. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
