// Putting text where the caret is in a text field (e.g. a placeholder into an email template).

interface TextSelection {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
}

/** The field's value with `text` in place of its selection (at the end when there is none), and the caret after it. */
export function insertAtCaret(field: TextSelection, text: string): { value: string; caret: number } {
  const start = field.selectionStart ?? field.value.length;
  const end = field.selectionEnd ?? start;
  return { value: field.value.slice(0, start) + text + field.value.slice(end), caret: start + text.length };
}
