// The invitation to a contact (R12): the store's own subject and body (invitation-template.ts) with the
// placeholders filled in; a paragraph holding only {Accept Link} becomes the accept button.
import { escapeHtml, formatDate, maskSecretUrl, oneLine, paragraphs, safeUrl } from '../email.format.ts';
import { buttonBlock, htmlBlock } from '../email.layout.ts';
import type { EmailContext, EmailTemplate } from '../email.types.ts';
import { fillPlaceholders, type PlaceholderValues, splitPlaceholders } from '../invitation-template.ts';

export interface InvitationVariables {
  /** The contact's first name; null when Unleashed has none. */
  firstName: string | null;
  customerName: string;
  /** The accept link; it carries the invitation token, so the outbox keeps it masked. */
  acceptUrl: string;
  /** When the link stops working (ISO). */
  expiresAt: string;
}

/** The label of the accept button. */
export const ACCEPT_BUTTON_LABEL = 'Accept the invitation';

/** The placeholder values for one invitation (also used by the preview). */
export function invitationValues(variables: InvitationVariables, context: EmailContext): PlaceholderValues {
  return {
    '{Brand Name}': context.storeName,
    '{First Name}': variables.firstName?.trim() || 'there',
    '{Customer Name}': variables.customerName,
    '{Accept Link}': safeUrl(variables.acceptUrl),
    '{Expiry Date}': formatDate(variables.expiresAt, context.timeZone),
  };
}

function paragraphMjml(paragraph: string, values: PlaceholderValues): string {
  const parts = splitPlaceholders(paragraph);
  const only = parts.length === 1 ? parts[0] : undefined;
  if (only && typeof only !== 'string' && only.placeholder === '{Accept Link}') {
    return buttonBlock(ACCEPT_BUTTON_LABEL, values['{Accept Link}']);
  }
  const html = parts
    .map((part) => {
      if (typeof part === 'string') return escapeHtml(part);
      const value = escapeHtml(values[part.placeholder]);
      return part.placeholder === '{Accept Link}' ? `<a href="${value}">${value}</a>` : value;
    })
    .join('')
    .replace(/\n/g, '<br />');
  return htmlBlock(html);
}

/** The invitation email. */
export const invitationEmail: EmailTemplate<InvitationVariables> = {
  build(variables, context) {
    const values = invitationValues(variables, context);
    const { subject, body } = context.invitationTemplate;
    const blocks = paragraphs(body).map((paragraph) => paragraphMjml(paragraph, values));
    return {
      subject: oneLine(fillPlaceholders(subject, values)),
      preview: `${context.storeName} invites you to order online for ${variables.customerName}`,
      mjml: blocks.join('\n'),
      text: paragraphs(fillPlaceholders(body, values)).join('\n\n'),
    };
  },
  mask: (variables) => ({ ...variables, acceptUrl: maskSecretUrl(variables.acceptUrl) }),
};
