// A button for something that cannot be undone: the first press asks, in place, and only "Yes" does it.
import { useState } from 'preact/hooks';

export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel: string;
  keepLabel: string;
  busy?: boolean;
  onConfirm: () => void;
}) {
  const { label, question, confirmLabel, keepLabel, busy, onConfirm } = props;
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="button secondary" disabled={busy} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div class="confirm">
      <p role="alert">{question}</p>
      <button
        type="button"
        class="button danger"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" class="button secondary" onClick={() => setAsking(false)}>
        {keepLabel}
      </button>
    </div>
  );
}
