// One store category: its name and product count, with Products (open), Rename (in place; a taken name is said
// at the field) and Delete (asks first; its products keep their product group).
import { useState } from 'preact/hooks';
import type { Category } from '../../api/admin-types.ts';
import { api } from '../../api/client.ts';
import { problemSentence } from '../../api/problem.ts';
import type { Problem } from '../../api/types.ts';
import { ProblemNote } from '../../ui/components.tsx';

export function CategoryRow(props: {
  category: Category;
  storeId: string;
  open: boolean;
  onOpen: () => void;
  onRenamed: (category: Category) => void;
  onDeleted: () => void;
}) {
  const { category, storeId, open, onOpen, onRenamed, onDeleted } = props;
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [name, setName] = useState(category.name);
  const [problem, setProblem] = useState<Problem>();
  const path = { storeId, categoryId: category.id };

  const rename = async (event: Event) => {
    event.preventDefault();
    const { data, error } = await api.PATCH('/admin/stores/{storeId}/categories/{categoryId}', {
      params: { path },
      body: { name: name.trim() },
    });
    setProblem(error);
    if (data) {
      setMode('view');
      onRenamed(data);
    }
  };
  const remove = async () => {
    const { error } = await api.DELETE('/admin/stores/{storeId}/categories/{categoryId}', {
      params: { path },
    });
    if (error) setProblem(error);
    else onDeleted();
  };

  if (mode === 'rename') {
    return (
      <li aria-label={category.name}>
        <form class="inline-form" onSubmit={rename}>
          <input
            aria-label={`New name for ${category.name}`}
            value={name}
            aria-invalid={problem ? 'true' : undefined}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit" class="button primary small" disabled={!name.trim()}>
            Save
          </button>
          <button type="button" class="button secondary small" onClick={() => setMode('view')}>
            Cancel
          </button>
          {problem && <p class="field-error">{problemSentence(problem)}</p>}
        </form>
      </li>
    );
  }
  return (
    <li aria-label={category.name}>
      <span>
        {category.name} <span class="muted">({category.productGuids.length} products)</span>
      </span>
      {mode === 'confirm-delete' ? (
        <span class="row-actions">
          Delete {category.name}?
          <button type="button" class="button primary small" onClick={remove}>
            Delete
          </button>
          <button type="button" class="button secondary small" onClick={() => setMode('view')}>
            Keep
          </button>
        </span>
      ) : (
        <span class="row-actions">
          <button type="button" class="button secondary small" aria-pressed={open} onClick={onOpen}>
            Products<span class="visually-hidden"> of {category.name}</span>
          </button>
          <button
            type="button"
            class="button secondary small"
            onClick={() => {
              setName(category.name);
              setMode('rename');
            }}
          >
            Rename<span class="visually-hidden"> {category.name}</span>
          </button>
          <button type="button" class="button secondary small" onClick={() => setMode('confirm-delete')}>
            Delete<span class="visually-hidden"> {category.name}</span>
          </button>
        </span>
      )}
      {problem && <ProblemNote problem={problem} />}
    </li>
  );
}
