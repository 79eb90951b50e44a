// A password field with a show-password toggle (issue 16 item 1): the button flips the input between hidden
// and plain text and says which it will do; the value and focus stay as they are.
import { useState } from 'preact/hooks';
import type { ControlProps } from './components.tsx';

export function PasswordInput(props: {
  control: ControlProps;
  value: string;
  onInput: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
}) {
  const [shown, setShown] = useState(false);
  return (
    <div class="password-input">
      <input
        {...props.control}
        type={shown ? 'text' : 'password'}
        autoComplete={props.autoComplete}
        spellcheck={false}
        required
        value={props.value}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <button
        type="button"
        class="button secondary small"
        aria-pressed={shown}
        aria-controls={props.control.id}
        onClick={() => setShown((now) => !now)}
      >
        {shown ? 'Hide password' : 'Show password'}
      </button>
    </div>
  );
}
