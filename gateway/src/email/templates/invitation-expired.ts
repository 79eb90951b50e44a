// To the store admin (R13): a contact opened an invitation after it expired; the admin can resend it from
// the contact's page.
import { formatDate, oneLine } from '../email.format.ts';
import { buttonBlock, factsBlock, factsText, textBlocks } from '../email.layout.ts';
import type { EmailTemplate } from '../email.types.ts';

export interface InvitationExpiredVariables {
  /** The contact's full name, or their email when Unleashed has no name. */
  contactName: string;
  contactEmail: string;
  customerName: string;
  /** When the invitation expired (ISO). */
  expiredAt: string;
  /** When the contact tried to accept it (ISO). */
  attemptedAt: string;
  /** The admin page of the contact (or customer), where the invitation can be resent. */
  resendUrl: string;
}

/** The invitation-expired notice to the store admin. */
export const invitationExpiredEmail: EmailTemplate<InvitationExpiredVariables> = {
  build(v, context) {
    const facts = [
      ['Contact', `${v.contactName} <${v.contactEmail}>`],
      ['Customer', v.customerName],
      ['Invitation expired on', formatDate(v.expiredAt, context.timeZone)],
      ['Tried to accept on', formatDate(v.attemptedAt, context.timeZone)],
    ] as const;
    const intro = `${v.contactName} of ${v.customerName} tried to accept an invitation to ${context.storeName}, but it had expired. Its status is now Expired.`;
    const howTo =
      'To let them in, resend the invitation from the contact in the admin: they get a new link valid for 7 days.';
    return {
      subject: oneLine(`Expired invitation: ${v.contactName} (${v.customerName}) tried to accept`),
      preview: `${v.contactName} tried to accept an expired invitation`,
      mjml: [
        textBlocks(intro),
        factsBlock(facts),
        textBlocks(howTo),
        buttonBlock('Resend the invitation', v.resendUrl),
      ].join('\n'),
      text: [intro, factsText(facts), howTo, `Resend it here: ${v.resendUrl}`].join('\n\n'),
    };
  },
};
