// A list's filter bar: a search box the buyer or admin submits (Enter or "Search"), followed by the list's other
// filters (`children`), which apply as soon as they change.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Field } from './components.tsx';

/** Calls `onSearch` with the trimmed text on submit; typing alone does not reload the list. */
export function SearchForm(props: {
  /** Names the search landmark; left out where the page has a single one. */
  label?: string;
  formClass: string;
  id: string;
  fieldLabel: string;
  initial: string;
  maxLength?: number;
  error?: string;
  onSearch: (search: string) => void;
  children?: ComponentChildren;
}) {
  const { label, formClass, id, fieldLabel, initial, maxLength, error, onSearch, children } = props;
  const [typed, setTyped] = useState(initial);
  return (
    <search aria-label={label}>
      <form
        class={formClass}
        onSubmit={(event) => {
          event.preventDefault();
          onSearch(typed.trim());
        }}
      >
        <Field id={id} label={fieldLabel} error={error}>
          {(control) => (
            <input
              {...control}
              type="search"
              maxLength={maxLength}
              value={typed}
              onInput={(e) => setTyped(e.currentTarget.value)}
            />
          )}
        </Field>
        <button type="submit" class="button primary">
          Search
        </button>
        {children}
      </form>
    </search>
  );
}
