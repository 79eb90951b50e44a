// Who may be invited (R9, R10, R12, R16), as one check that throws the problem the admin should see. The
// reads it needs (a contact's login and latest invitation) come in through `factsOf`.
import type { Clock } from '../clock.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import type { Contact, Customer } from '../customers/customers.types.ts';
import { AppError } from '../http/problems.ts';
import { currentLogin, holdsEmail, isLive } from './contact-status.ts';
import type { BuyerLogin, Invitation } from './invitations.types.ts';

export type FactsOf = (
  storeId: string,
  contactGuid: string,
) => Promise<{ login: BuyerLogin | undefined; invitation: Invitation | undefined }>;

/** "Ann Smith of CUST01", for problem details. */
export const nameOf = (contact: Contact) =>
  [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.email || contact.guid;
const who = (contact: Contact, customer: Customer) => `${nameOf(contact)} of ${customer.code}`;

export function invitationRules(deps: { directory: CustomerDirectory; factsOf: FactsOf; clock: Clock }) {
  const { directory, factsOf, clock } = deps;

  /** Throws email-already-invited, naming the holder, when another contact holds the contact's email (R10). */
  async function assertEmailFree(storeId: string, contact: Contact): Promise<void> {
    if (contact.email === null) return;
    const others = (await directory.contactsByEmail(storeId, contact.email)).filter(
      (c) => c.guid !== contact.guid,
    );
    for (const other of others) {
      if (!holdsEmail({ contact: other, ...(await factsOf(storeId, other.guid)), now: clock.now() }))
        continue;
      const customer = await directory.customer(storeId, other.customerGuid);
      const code = customer?.code ?? other.customerGuid;
      throw new AppError(
        'email-already-invited',
        `${contact.email} is already used by ${nameOf(other)} of ${code}${customer ? ` (${customer.name})` : ''}; each store login is one email address.`,
        {
          heldBy: {
            contactGuid: other.guid,
            customerGuid: other.customerGuid,
            customerCode: code,
            name: nameOf(other),
          },
        },
      );
    }
  }

  /** Throws unless the contact can get a new invitation now; `resend` needs a pending or expired one. */
  async function assertInvitable(
    storeId: string,
    contact: Contact,
    customer: Customer,
    mode: 'invite' | 'resend',
  ): Promise<void> {
    if (!customer.inStore)
      throw new AppError(
        'customer-not-in-store',
        `${customer.code} (${customer.name}) is not in the store; add it first.`,
      );
    if (contact.syncState !== 'synced') {
      const why =
        contact.syncState === 'removed'
          ? 'was removed in Unleashed'
          : 'is no longer an ordering contact in Unleashed';
      throw new AppError('contact-not-invitable', `${who(contact, customer)} ${why}.`);
    }
    if (!contact.email)
      throw new AppError(
        'contact-has-no-email',
        `${who(contact, customer)} has no email address in Unleashed; add one there first.`,
      );
    const { login, invitation } = await factsOf(storeId, contact.guid);
    const own = currentLogin(contact, login);
    if (own?.deactivatedAt)
      throw new AppError(
        'contact-deactivated',
        `${who(contact, customer)} is deactivated; reactivate the contact instead.`,
      );
    if (own) throw new AppError('contact-status-conflict', `${who(contact, customer)} is already active.`);
    if (mode === 'invite' && isLive(invitation, clock.now()))
      throw new AppError(
        'contact-status-conflict',
        `${who(contact, customer)} already has a pending invitation; resend it instead.`,
      );
    if (mode === 'resend' && invitation?.status !== 'pending' && invitation?.status !== 'expired')
      throw new AppError(
        'invitation-not-found',
        `${who(contact, customer)} has no pending or expired invitation to resend.`,
      );
    await assertEmailFree(storeId, contact);
  }

  return { assertInvitable, assertEmailFree };
}
