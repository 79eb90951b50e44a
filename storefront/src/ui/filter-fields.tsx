// A list's filter bar fields, each bound to one key of the list's filters (an object of texts): search boxes
// and drop-downs that apply as soon as they change; and the bar of a list filtered by status alone.
import { ChoiceField } from './choice-field.tsx';
import { SearchField } from './search-field.tsx';

type TextKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F];

/** `change` gets the one key a field changed; `choices` label a drop-down's values after its `any` choice. */
export function filterFields<F extends object>(filters: F, change: (changes: Partial<F>) => void) {
  const on = (key: TextKey<F>) => (value: string) => change({ [key]: value } as Partial<F>);
  return {
    search: (key: TextKey<F>, field: { id: string; label: string; placeholder?: string }) => (
      <SearchField {...field} value={filters[key] as string} onSearch={on(key)} />
    ),
    choice: <V extends string>(
      key: TextKey<F>,
      field: { id: string; label: string; any: string; choices: Readonly<Record<V, string>> },
    ) => <ChoiceField {...field} value={filters[key] as V | ''} onChoose={on(key)} />,
  };
}

/** The filter bar of a list filtered by status alone (the outbox, standing orders): "Any status" first. */
export function StatusFilterBar<S extends string>(props: {
  label: string;
  id: string;
  choices: Readonly<Record<S, string>>;
  paging: { filters: { status: S | '' }; change: (changes: { status: S | '' }) => void };
}) {
  const { label, id, choices, paging } = props;
  return (
    <search class="filters" aria-label={label}>
      <ChoiceField
        id={id}
        label="Status"
        any="Any status"
        choices={choices}
        value={paging.filters.status}
        onChoose={(status) => paging.change({ status })}
      />
    </search>
  );
}
