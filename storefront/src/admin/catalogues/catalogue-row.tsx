// One custom catalogue in the list (R17): its name, how many products and customers it has, and Open, Rename
// (in place; a taken name is said at the field) and Delete (asks first). The Base catalogue has no actions.
import { useState } from 'preact/hooks';
import type { Catalogue } from '../../api/admin-types.ts';
import { api } from '../../api/client.ts';
import { problemSentence } from '../../api/problem.ts';
import type { Problem } from '../../api/types.ts';
import { ProblemNote } from '../../ui/components.tsx';

export function CatalogueRow(props: {
  catalogue: Catalogue;
  storeId: string;
  open: boolean;
  onOpen: () => void;
  onRenamed: (catalogue: Catalogue) => void;
  onDeleted: () => void;
}) {
  const { catalogue, storeId, open, onOpen, onRenamed, onDeleted } = props;
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [name, setName] = useState(catalogue.name);
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const path = { storeId, catalogueId: catalogue.id };
  const errorId = `catalogue-${catalogue.id}-error`;

  const rename = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const { data, error } = await api.PATCH('/admin/stores/{storeId}/catalogues/{catalogueId}', {
      params: { path },
      body: { name: name.trim() },
    });
    setBusy(false);
    setProblem(error);
    if (data) {
      setMode('view');
      onRenamed(data);
    }
  };
  const remove = async () => {
    setBusy(true);
    const { error } = await api.DELETE('/admin/stores/{storeId}/catalogues/{catalogueId}', {
      params: { path },
    });
    setBusy(false);
    if (error) setProblem(error);
    else onDeleted();
  };

  if (catalogue.base) {
    return (
      <tr>
        <th scope="row">Base</th>
        <td colSpan={2}>Every product, with its status on the Products page; every customer</td>
        <td>
          <a href="#/admin/products">Products page</a>
        </td>
      </tr>
    );
  }
  return (
    <tr aria-selected={open}>
      <th scope="row">
        {mode === 'rename' ? (
          <form class="inline-form" onSubmit={rename}>
            <input
              aria-label={`New name for ${catalogue.name}`}
              value={name}
              aria-invalid={problem ? 'true' : undefined}
              aria-describedby={problem ? errorId : undefined}
              onInput={(e) => setName(e.currentTarget.value)}
            />
            <button type="submit" class="button primary small" disabled={busy || !name.trim()}>
              Save
            </button>
            <button type="button" class="button secondary small" onClick={() => setMode('view')}>
              Cancel
            </button>
            {problem && (
              <p class="field-error" id={errorId}>
                {problemSentence(problem)}
              </p>
            )}
          </form>
        ) : (
          catalogue.name
        )}
      </th>
      <td class="num">{catalogue.products.length}</td>
      <td class="num">{catalogue.customerGuids.length}</td>
      <td>
        {mode === 'confirm-delete' ? (
          <fieldset class="row-actions" aria-label={`Delete ${catalogue.name}?`}>
            <span>
              Delete {catalogue.name}? Its customers keep what Base and their other catalogues give.
            </span>
            <button type="button" class="button primary small" disabled={busy} onClick={remove}>
              Delete
            </button>
            <button type="button" class="button secondary small" onClick={() => setMode('view')}>
              Keep
            </button>
          </fieldset>
        ) : (
          <div class="row-actions">
            <button type="button" class="button secondary small" aria-pressed={open} onClick={onOpen}>
              Open<span class="visually-hidden"> {catalogue.name}</span>
            </button>
            <button
              type="button"
              class="button secondary small"
              onClick={() => {
                setName(catalogue.name);
                setProblem(undefined);
                setMode('rename');
              }}
            >
              Rename<span class="visually-hidden"> {catalogue.name}</span>
            </button>
            <button type="button" class="button secondary small" onClick={() => setMode('confirm-delete')}>
              Delete<span class="visually-hidden"> {catalogue.name}</span>
            </button>
          </div>
        )}
        {problem && mode !== 'rename' && <ProblemNote problem={problem} />}
      </td>
    </tr>
  );
}
