// R15 in one place: a contact's status and why, from its record, its customer's membership, its login and
// its latest invitation. Active = accepted with a working login; Pending = a link still valid; Inactive =
// everything else (never invited, declined, cancelled, expired, deactivated, or no longer in the store).
import type { Contact } from '../customers/customers.types.ts';
import type { BuyerLogin, ContactStatus, Invitation, StatusReason } from './invitations.types.ts';

export interface ContactFacts {
  contact: Contact;
  customerInStore: boolean;
  login: BuyerLogin | undefined;
  /** The latest invitation, if any. */
  invitation: Invitation | undefined;
  now: Date;
}

/** A pending invitation whose link still works. */
export const isLive = (invitation: Invitation | undefined, now: Date): invitation is Invitation =>
  invitation?.status === 'pending' && now < new Date(invitation.expiresAt);

/** The invitation's status as shown: a pending one past its expiry is expired. */
export const shownStatus = (invitation: Invitation, now: Date) =>
  invitation.status === 'pending' && !isLive(invitation, now) ? 'expired' : invitation.status;

/** The login that belongs to the contact as it is now (same email), if any. */
export const currentLogin = (contact: Contact, login: BuyerLogin | undefined) =>
  login && contact.email !== null && login.email === contact.email ? login : undefined;

export function contactStatus(facts: ContactFacts): { status: ContactStatus; statusReason: StatusReason } {
  const inactive = (statusReason: StatusReason) => ({ status: 'inactive' as const, statusReason });
  const { contact, invitation, now } = facts;
  if (contact.syncState !== 'synced') return inactive(contact.syncState);
  if (!facts.customerInStore) return inactive('customer-not-in-store');
  const login = currentLogin(contact, facts.login);
  if (login)
    return login.deactivatedAt ? inactive('deactivated') : { status: 'active', statusReason: 'accepted' };
  if (!invitation) return inactive('never-invited');
  if (isLive(invitation, now)) return { status: 'pending', statusReason: 'invited' };
  const shown = shownStatus(invitation, now);
  return inactive(
    shown === 'declined' || shown === 'cancelled' || shown === 'expired' ? shown : 'never-invited',
  );
}

/**
 * Whether a contact holds its email in the store (R10): it has a working login for it, or a live invitation
 * to it. Membership of the customer does not matter: a customer added back brings its logins back.
 */
export function holdsEmail(facts: Omit<ContactFacts, 'customerInStore'>): boolean {
  if (facts.contact.syncState !== 'synced') return false;
  const login = currentLogin(facts.contact, facts.login);
  return (login !== undefined && !login.deactivatedAt) || isLive(facts.invitation, facts.now);
}
