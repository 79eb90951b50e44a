// To the store admin (R13): a contact opened an invitation after it expired; the admin can resend it from
// the contact's page. The admin edits the subject and the text; the facts and the resend button follow it.
import { formatDate } from '../email.format.ts';
import { defineEmail } from './define-email.ts';
import { factsEmailBody } from './edited-text.ts';
import { daysFrom, SAMPLE } from './samples.ts';

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
export const invitationExpiredEmail = defineEmail<InvitationExpiredVariables>({
  title: 'Expired invitation (to the store)',
  sentWhen: "To the store's admin when a contact tries to accept an invitation that has expired.",
  placeholders: ['{Brand Name}', '{Contact Name}', '{Contact Email}', '{Customer Name}', '{Resend Link}'],
  links: { '{Resend Link}': 'Resend the invitation' },
  defaults: {
    subject: 'Expired invitation: {Contact Name} ({Customer Name}) tried to accept',
    body: [
      '{Contact Name} of {Customer Name} tried to accept an invitation to {Brand Name}, but it had expired. Its status is now Expired.',
      'To let them in, resend the invitation from the contact in the admin: they get a new link valid for 7 days.',
    ].join('\n\n'),
  },
  sample: (now) => ({
    contactName: `${SAMPLE.firstName} Sample`,
    contactEmail: SAMPLE.contactEmail,
    customerName: SAMPLE.customerName,
    expiredAt: daysFrom(now, -1),
    attemptedAt: now.toISOString(),
    resendUrl: `${SAMPLE.portalUrl}/#/admin/customers`,
  }),
  values: (v, context) => ({
    '{Brand Name}': context.storeName,
    '{Contact Name}': v.contactName,
    '{Contact Email}': v.contactEmail,
    '{Customer Name}': v.customerName,
    '{Resend Link}': v.resendUrl,
  }),
  compose(edited, v, context) {
    const facts = [
      ['Contact', `${v.contactName} <${v.contactEmail}>`],
      ['Customer', v.customerName],
      ['Invitation expired on', formatDate(v.expiredAt, context.timeZone)],
      ['Tried to accept on', formatDate(v.attemptedAt, context.timeZone)],
    ] as const;
    return factsEmailBody(edited, `${v.contactName} tried to accept an expired invitation`, facts, {
      button: 'Resend the invitation',
      textLead: 'Resend it here',
      url: v.resendUrl,
    });
  },
});
