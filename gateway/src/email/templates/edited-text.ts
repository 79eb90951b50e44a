// Renders the admin's part of an email (template-text.ts): the store's subject and body for this template, or
// its default, with placeholders filled in and escaped. A paragraph holding only a link placeholder becomes a
// button, a link inside text a link. Templates put their fixed parts (facts, order lines, totals) after this.
import { escapeHtml, oneLine, paragraphs, safeUrl } from '../email.format.ts';
import { buttonBlock, type EmailBody, factsBlock, factsText, htmlBlock } from '../email.layout.ts';
import type { EmailContext } from '../email.types.ts';
import {
  type EditableText,
  fillPlaceholders,
  type PlaceholderValues,
  splitPlaceholders,
} from '../template-text.ts';

/** The filled-in subject, the body as mjml blocks and as plain text. */
export interface EditedText {
  subject: string;
  mjml: string;
  text: string;
}

function paragraphMjml(spec: EditableText, paragraph: string, values: PlaceholderValues): string {
  const parts = splitPlaceholders(spec, paragraph);
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only && typeof only !== 'string' && spec.links[only.placeholder]) {
    return buttonBlock(spec.links[only.placeholder] ?? '', values[only.placeholder] ?? '');
  }
  const html = parts
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      const value = values[part.placeholder] ?? '';
      if (!spec.links[part.placeholder]) return escapeHtml(value);
      const url = escapeHtml(safeUrl(value));
      return `<a href="${url}">${url}</a>`;
    })
    .join('')
    .replace(/\n/g, '<br />');
  return htmlBlock(html);
}

/** The store's text for this email (context.content, else the default) filled with `values`. */
export function editedText(spec: EditableText, context: EmailContext, values: PlaceholderValues): EditedText {
  const { subject, body } = context.content ?? spec.defaults;
  return {
    subject: oneLine(fillPlaceholders(spec, subject, values)),
    mjml: paragraphs(body)
      .map((paragraph) => paragraphMjml(spec, paragraph, values))
      .join('\n'),
    text: paragraphs(fillPlaceholders(spec, body, values)).join('\n\n'),
  };
}

/** `{First Name}`'s value: the first name, or "there" when none is known. */
export const firstNameOr = (firstName: string | null) => firstName?.trim() || 'there';

/** A body that is the admin's text alone, with `preview` as the inbox line. */
export const editedEmailBody = (edited: EditedText, preview: string): EmailBody => ({
  subject: edited.subject,
  preview,
  mjml: edited.mjml,
  text: edited.text,
});

/**
 * A body of the admin's text, then `facts` and a button to `link.url` (in the plain text, the line
 * `${link.textLead}: ${link.url}`). The order emails have their own (order-parts.ts).
 */
export function factsEmailBody(
  edited: EditedText,
  preview: string,
  facts: readonly (readonly [string, string | null | undefined])[],
  link: { button: string; textLead: string; url: string },
): EmailBody {
  return {
    subject: edited.subject,
    preview,
    mjml: [edited.mjml, factsBlock(facts), buttonBlock(link.button, link.url)].join('\n'),
    text: [edited.text, factsText(facts), `${link.textLead}: ${link.url}`].join('\n\n'),
  };
}
