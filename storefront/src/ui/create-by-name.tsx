// A one-field form that creates something by its name (a catalogue, a store category): the refusal is said at
// the name field, the button waits while one is being made (a second click would ask for the same name again),
// and the field empties once the thing is made.
import { useState } from 'preact/hooks';
import { problemSentence } from '../api/problem.ts';
import type { Problem } from '../api/types.ts';
import { Field } from './components.tsx';
import { useAttempt } from './use-attempt.ts';

/** `onCreate` gets the trimmed name and answers the gateway's problem, or nothing once created. */
export function CreateByName(props: {
  id: string;
  label: string;
  submitLabel: string;
  formClass: string;
  onCreate: (name: string) => Promise<Problem | undefined>;
}) {
  const { id, label, submitLabel, formClass, onCreate } = props;
  const [name, setName] = useState('');
  const { busy, problem, setProblem, attempt } = useAttempt();
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const refused = await attempt(() => onCreate(name.trim()));
    if (!refused) setName('');
  };
  return (
    <form class={formClass} onSubmit={submit} noValidate>
      <Field id={id} label={label} error={problem ? problemSentence(problem) : undefined}>
        {(c) => (
          <input
            {...c}
            maxLength={100}
            value={name}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setProblem(undefined);
            }}
          />
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="button primary" disabled={busy || !name.trim()}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
