// An on/off switch: a checkbox drawn as a switch (styles.css `.switch`), saying what it does beside it.
import type { ComponentChildren } from 'preact';

/** `children` say what the switch does (or its state); `describedBy` points at a problem it caused. */
export function Switch(props: {
  checked: boolean;
  disabled?: boolean;
  describedBy?: string;
  onChange: (on: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.children}
    </label>
  );
}
