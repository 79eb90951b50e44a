// A password reset link (issue 16 item 1), to an admin or a buyer who asked for one: single use, valid 1 hour.
// The whole body is the admin's text; it must hold {Reset Link} (alone in a paragraph it is the button).
import { formatDate, maskSecretUrl, safeUrl } from '../email.format.ts';
import { defineEmail } from './define-email.ts';
import { editedEmailBody, firstNameOr } from './edited-text.ts';
import { SAMPLE } from './samples.ts';

export interface PasswordResetVariables {
  /** The person's first name; null when none is known. */
  firstName: string | null;
  /** The reset link; it carries the token, so the outbox keeps it masked. */
  resetUrl: string;
  /** When the link stops working (ISO). */
  expiresAt: string;
}

/** The password reset email. */
export const passwordResetEmail = defineEmail<PasswordResetVariables>({
  title: 'Password reset',
  sentWhen: 'To an admin or a buyer who asked to reset their password, with a single-use link.',
  placeholders: ['{Brand Name}', '{First Name}', '{Reset Link}', '{Expiry Date}'],
  required: [{ placeholder: '{Reset Link}', why: 'so the reader can set a new password' }],
  links: { '{Reset Link}': 'Set a new password' },
  defaults: {
    subject: 'Reset your password for {Brand Name}',
    body: [
      'Hello {First Name},',
      'Someone (we hope you) asked to reset your password for {Brand Name}. The link below sets a new one; it works once, until {Expiry Date}.',
      '{Reset Link}',
      'If you did not ask for this, ignore this email: your password stays as it is. Setting a new one signs you out everywhere.',
    ].join('\n\n'),
  },
  sample: (now) => ({
    firstName: SAMPLE.firstName,
    resetUrl: `${SAMPLE.portalUrl}/password-reset/sample`,
    expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
  }),
  values: (v, context) => ({
    '{Brand Name}': context.storeName,
    '{First Name}': firstNameOr(v.firstName),
    '{Reset Link}': safeUrl(v.resetUrl),
    '{Expiry Date}': formatDate(v.expiresAt, context.timeZone),
  }),
  compose: (edited) => editedEmailBody(edited, 'Your password reset link (valid for one hour)'),
  mask: (v) => ({ ...v, resetUrl: maskSecretUrl(v.resetUrl) }),
});
