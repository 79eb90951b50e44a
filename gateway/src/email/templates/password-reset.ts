// A password reset link (issue 16 item 1), to an admin or a buyer who asked for one: single use, valid 1 hour.
import { formatDate, maskSecretUrl, oneLine } from '../email.format.ts';
import { buttonBlock, textBlocks } from '../email.layout.ts';
import type { EmailTemplate } from '../email.types.ts';

export interface PasswordResetVariables {
  /** The person's first name; null when none is known. */
  firstName: string | null;
  /** The reset link; it carries the token, so the outbox keeps it masked. */
  resetUrl: string;
  /** When the link stops working (ISO). */
  expiresAt: string;
}

/** The password reset email. */
export const passwordResetEmail: EmailTemplate<PasswordResetVariables> = {
  build(v, context) {
    const greeting = `Hello ${v.firstName?.trim() || 'there'},`;
    const intro = `Someone (we hope you) asked to reset your password for ${context.storeName}. The link below sets a new one; it works once, until ${formatDate(v.expiresAt, context.timeZone)}.`;
    const ignore =
      'If you did not ask for this, ignore this email: your password stays as it is. Setting a new one signs you out everywhere.';
    return {
      subject: oneLine(`Reset your password for ${context.storeName}`),
      preview: 'Your password reset link (valid for one hour)',
      mjml: [
        textBlocks(`${greeting}\n\n${intro}`),
        buttonBlock('Set a new password', v.resetUrl),
        textBlocks(ignore),
      ].join('\n'),
      text: [greeting, intro, `Set a new password: ${v.resetUrl}`, ignore].join('\n\n'),
    };
  },
  mask: (variables) => ({ ...variables, resetUrl: maskSecretUrl(variables.resetUrl) }),
};
