// A panel that slides in from the side over the page (a modal dialog): focus moves into it, Escape or the close
// button closes it, and focus goes back to what opened it.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export function SlideOver(props: { title: string; onClose: () => void; children: ComponentChildren }) {
  const { title, onClose, children } = props;
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const modal = dialog.current;
    modal?.showModal();
    modal?.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      modal?.close(); // the page behind stays inert, so unfocusable, while the modal is open
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      class="slide-over"
      aria-labelledby="slide-over-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="slide-over-head">
        <h2 id="slide-over-title" tabIndex={-1}>
          {title}
        </h2>
        <button type="button" class="button secondary small" onClick={onClose}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
