// A paged list filtered by one status drop-down (the outbox, standing orders): choosing a status goes back to the
// first page, and the list's query carries the status only when one is chosen.
import { useState } from 'preact/hooks';
import { ChoiceField } from './choice-field.tsx';

/** The chosen status ('' for any), the page, and the query for `pageSize` rows of that page. */
export function useStatusPaging<S extends string>() {
  const [status, setStatus] = useState<S | ''>('');
  const [page, setPage] = useState(1);
  const choose = (next: S | '') => {
    setStatus(next);
    setPage(1);
  };
  const query = (pageSize: number) => ({ page, pageSize, ...(status ? { status } : {}) });
  return { status, choose, page, setPage, query };
}

/** The filter bar named `label` with its one Status drop-down ("Any status" first). */
export function StatusFilter<S extends string>(props: {
  label: string;
  id: string;
  choices: Readonly<Record<S, string>>;
  paging: { status: S | ''; choose: (next: S | '') => void };
}) {
  return (
    <search class="filters" aria-label={props.label}>
      <ChoiceField
        id={props.id}
        label="Status"
        any="Any status"
        choices={props.choices}
        value={props.paging.status}
        onChoose={props.paging.choose}
      />
    </search>
  );
}
