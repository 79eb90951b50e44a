// The rows a list's checkboxes have selected (for a bulk action), by key.
import { useState } from 'preact/hooks';

/** The selected keys, `toggle(key, on)` for one checkbox, and `clear()` once the bulk action is done. */
export function useSelection() {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const toggle = (key: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  return { selected, toggle, clear: () => setSelected(new Set()) };
}
