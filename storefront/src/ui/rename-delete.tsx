// What a list row of something the admin names (a custom catalogue, a store category) shares: Rename in place,
// with a taken name said at the field, and Delete, which asks first. The row keeps its own markup around these.
import { useState } from 'preact/hooks';
import { problemSentence } from '../api/problem.ts';
import type { Problem } from '../api/types.ts';
import { useAttempt } from './use-attempt.ts';

type Answer<T> = Promise<{ data?: T; error?: Problem }>;

/** What the list gives each row of its named things, besides the thing itself. */
export interface NamedRowProps<T> {
  storeId: string;
  open: boolean;
  onOpen: () => void;
  onRenamed: (renamed: T) => void;
  onDeleted: () => void;
}

/** The row's mode, the name being typed, and the rename and delete calls with their busy state and problem. */
export function useRenameDelete<T>(calls: {
  name: string;
  rename: (name: string) => Answer<T>;
  remove: () => Answer<unknown>;
  onRenamed: (renamed: T) => void;
  onDeleted: () => void;
}) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [name, setName] = useState(calls.name);
  const { busy, problem, setProblem, send } = useAttempt();
  const rename = (event: Event) => {
    event.preventDefault();
    return send(
      () => calls.rename(name.trim()),
      (renamed) => {
        setMode('view');
        calls.onRenamed(renamed);
      },
    );
  };
  const remove = () => send(calls.remove, calls.onDeleted);
  const startRename = () => {
    setName(calls.name);
    setProblem(undefined);
    setMode('rename');
  };
  return { mode, setMode, name, setName, busy, problem, rename, remove, startRename };
}

export type RenameDelete = ReturnType<typeof useRenameDelete>;

/** The in-place rename form: the new name, Save and Cancel, and the refusal under the field. */
export function RenameForm({
  edit,
  current,
  errorId,
}: {
  edit: RenameDelete;
  current: string;
  errorId: string;
}) {
  return (
    <form class="inline-form" onSubmit={edit.rename}>
      <input
        aria-label={`New name for ${current}`}
        value={edit.name}
        aria-invalid={edit.problem ? 'true' : undefined}
        aria-describedby={edit.problem ? errorId : undefined}
        onInput={(e) => edit.setName(e.currentTarget.value)}
      />
      <button type="submit" class="button primary small" disabled={edit.busy || !edit.name.trim()}>
        Save
      </button>
      <button type="button" class="button secondary small" onClick={() => edit.setMode('view')}>
        Cancel
      </button>
      {edit.problem && (
        <p class="field-error" id={errorId}>
          {problemSentence(edit.problem)}
        </p>
      )}
    </form>
  );
}

/** Rename and Delete, each naming the thing to screen readers. */
export function RenameDeleteButtons({ edit, current }: { edit: RenameDelete; current: string }) {
  return (
    <>
      <button type="button" class="button secondary small" onClick={edit.startRename}>
        Rename<span class="visually-hidden"> {current}</span>
      </button>
      <button type="button" class="button secondary small" onClick={() => edit.setMode('confirm-delete')}>
        Delete<span class="visually-hidden"> {current}</span>
      </button>
    </>
  );
}

/** The answer to "Delete …?": Delete, or Keep to go back. */
export function DeleteOrKeep({ edit }: { edit: RenameDelete }) {
  return (
    <>
      <button type="button" class="button primary small" disabled={edit.busy} onClick={edit.remove}>
        Delete
      </button>
      <button type="button" class="button secondary small" onClick={() => edit.setMode('view')}>
        Keep
      </button>
    </>
  );
}
