// Labelled drop-downs: SelectField, a choice among values by their labels (with a hint and the field's error
// when it has them), and ChoiceField, a filter that starts with "any" (the empty value).
import { Field } from './components.tsx';

/** `choices` are [value, label] pairs in the order shown; `onChoose` gets the chosen value. */
export function SelectField<V extends string>(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  choices: readonly (readonly [V, string])[];
  value: V;
  disabled?: boolean;
  onChoose: (value: V) => void;
}) {
  const { id, label, hint, error, choices, value, disabled, onChoose } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          value={value}
          disabled={disabled}
          onChange={(e) => onChoose(e.currentTarget.value as V)}
        >
          {choices.map(([choice, text]) => (
            <option key={choice} value={choice}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A record of labels by value as SelectField's [value, label] choices, in the record's order. */
export const choicesOf = <V extends string>(labels: Readonly<Record<V, string>>) =>
  Object.entries(labels) as [V, string][];

/** `onChoose` gets the chosen value, or '' for the "any" choice. */
export function ChoiceField<V extends string>(props: {
  id: string;
  label: string;
  any: string;
  choices: Readonly<Record<V, string>>;
  value: V | '';
  onChoose: (value: V | '') => void;
}) {
  const { any, choices, ...field } = props;
  return <SelectField {...field} choices={[['', any], ...choicesOf(choices)]} />;
}
