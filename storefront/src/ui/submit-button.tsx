// A form's main button: it submits, and while the form is busy it is disabled and says what is under way.

/** Says `label`, or `busyLabel` (e.g. "Saving…") while `busy`. */
export function SubmitButton(props: { label: string; busyLabel: string; busy: boolean }) {
  return (
    <button type="submit" class="button primary" disabled={props.busy}>
      {props.busy ? props.busyLabel : props.label}
    </button>
  );
}
