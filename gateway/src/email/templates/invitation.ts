// The invitation to a contact (R12): the store's own subject and body with the placeholders filled in; a
// paragraph holding only {Accept Link} becomes the accept button. The whole body is the admin's text.
import { formatDate, maskSecretUrl, safeUrl } from '../email.format.ts';
import { defineEmail } from './define-email.ts';
import { editedEmailBody, firstNameOr } from './edited-text.ts';
import { daysFrom, SAMPLE } from './samples.ts';

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

/** The invitation email. */
export const invitationEmail = defineEmail<InvitationVariables>({
  title: 'Invitation',
  sentWhen: 'To a contact when they are invited to order online, with the link to accept.',
  placeholders: ['{Brand Name}', '{First Name}', '{Customer Name}', '{Accept Link}', '{Expiry Date}'],
  required: [{ placeholder: '{Accept Link}', why: 'so the contact can accept' }],
  links: { '{Accept Link}': ACCEPT_BUTTON_LABEL },
  defaults: {
    subject: 'You are invited to order from {Brand Name}',
    body: [
      'Hello {First Name},',
      '{Brand Name} has invited you to place orders online for {Customer Name}.',
      '{Accept Link}',
      'The invitation is valid until {Expiry Date}. If you were not expecting it, you can ignore this email.',
    ].join('\n\n'),
  },
  sample: (now) => ({
    firstName: SAMPLE.firstName,
    customerName: SAMPLE.customerName,
    acceptUrl: `${SAMPLE.portalUrl}/invitations/sample`,
    expiresAt: daysFrom(now, 7),
  }),
  values: (v, context) => ({
    '{Brand Name}': context.storeName,
    '{First Name}': firstNameOr(v.firstName),
    '{Customer Name}': v.customerName,
    '{Accept Link}': safeUrl(v.acceptUrl),
    '{Expiry Date}': formatDate(v.expiresAt, context.timeZone),
  }),
  compose: (edited, v, context) =>
    editedEmailBody(edited, `${context.storeName} invites you to order online for ${v.customerName}`),
  mask: (v) => ({ ...v, acceptUrl: maskSecretUrl(v.acceptUrl) }),
});
