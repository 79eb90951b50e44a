// The known placeholders as buttons: each inserts itself where the caret was in the subject or the body (the
// field last focused), then puts the caret back after it, so the admin never has to type braces right.
import type { EmailTemplateDraft } from '../../api/types.ts';
import { insertAtCaret } from '../../ui/insert-at-caret.ts';

type TemplateField = keyof EmailTemplateDraft;

export function PlaceholderPicker(props: {
  placeholders: string[];
  target: () => TemplateField;
  onInsert: (field: TemplateField, value: string) => void;
}) {
  const { placeholders, target, onInsert } = props;
  const insert = (placeholder: string) => {
    const field = target();
    const element = document.getElementById(`template-${field}`) as
      | HTMLInputElement
      | HTMLTextAreaElement
      | null;
    if (!element) return;
    const { value, caret } = insertAtCaret(element, placeholder);
    onInsert(field, value);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(caret, caret);
    });
  };
  return (
    <div>
      <h2 class="small-heading" id="placeholders-title">
        Placeholders
      </h2>
      <p class="hint">Insert one where the caret is in the subject or the body.</p>
      <ul class="placeholders" aria-labelledby="placeholders-title">
        {placeholders.map((p) => (
          <li key={p}>
            <button
              type="button"
              class="button secondary small"
              onMouseDown={(e) => e.preventDefault() /* keep the field's caret */}
              onClick={() => insert(p)}
            >
              <code>{p}</code>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
