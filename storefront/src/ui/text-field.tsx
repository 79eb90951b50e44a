// A labelled one-line input with its hint and error (Field), for forms that keep each value as text.
import type { InputHTMLAttributes } from 'preact';
import { Field } from './components.tsx';

type InputAttributes = Omit<InputHTMLAttributes, 'id' | 'value' | 'onInput' | 'label'>;

/** A labelled field's text, with its hint and error; `onValue` gets the text at each keystroke. */
export type FieldValueProps = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValue: (value: string) => void;
};

/** Other input attributes (type, inputMode, min…) pass through to the input. */
export function TextField(props: InputAttributes & FieldValueProps) {
  const { id, label, hint, error, value, onValue, ...input } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(c) => <input {...input} {...c} value={value} onInput={(e) => onValue(e.currentTarget.value)} />}
    </Field>
  );
}
