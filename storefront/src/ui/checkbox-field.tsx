// A settings checkbox: the box, its label after it, a hint under it that describes it, and the field's error.

/** `onCheck` gets whether the box is now ticked. */
export function CheckboxField(props: {
  id: string;
  label: string;
  hint: string;
  error?: string;
  checked: boolean;
  onCheck: (checked: boolean) => void;
}) {
  const { id, label, hint, error, checked, onCheck } = props;
  return (
    <div class={error ? 'field checkbox invalid' : 'field checkbox'}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onCheck(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && <p class="field-error">{error}</p>}
    </div>
  );
}
