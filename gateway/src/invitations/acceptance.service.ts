// The contact's side of an invitation link (R13, R14). A link works once, for 7 days: opening it later answers
// invitation-expired, marks the invitation Expired and tells the store admin (email and notification) exactly
// once; used, declined, cancelled and superseded links all answer invitation-not-found, revealing nothing.

import type { BuyerAuthService } from '../buyer-auth/buyer-auth.service.ts';
import type { Clock } from '../clock.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import type { Contact, Customer } from '../customers/customers.types.ts';
import type { EmailService } from '../email/email.service.ts';
import { AppError } from '../http/problems.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { hashPassword, passwordProblems } from '../security/passwords.ts';
import { hashToken } from '../security/tokens.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { type Store, storeSlug } from '../stores/stores.types.ts';
import { nameOf } from './invitation-rules.ts';
import type { InvitationsRepo } from './invitations.repo.ts';
import { type BuyerSession, type Invitation, type InvitationView, loginId } from './invitations.types.ts';

export interface AcceptanceService {
  /** Who the link is for, or invitation-expired / invitation-not-found. */
  open(token: string): Promise<InvitationView>;
  /** Sets the contact's password (admin policy) and signs it in; the link is then used up. */
  accept(token: string, password: string): Promise<BuyerSession>;
  /** The contact says no: the link is used up and the contact is Inactive. */
  decline(token: string): Promise<void>;
}

interface Live {
  invitation: Invitation;
  contact: Contact;
  customer: Customer;
  store: Store;
}

export function createAcceptanceService(deps: {
  repo: InvitationsRepo;
  directory: CustomerDirectory;
  stores: StoresService;
  email: EmailService;
  notifications: NotificationsService;
  buyers: BuyerAuthService;
  clock: Clock;
  publicBaseUrl: string;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}): AcceptanceService {
  const { repo, directory, clock } = deps;
  const notFound = () =>
    new AppError('invitation-not-found', 'This invitation link is not valid (any more).');
  const expired = (invitation: Invitation) =>
    new AppError(
      'invitation-expired',
      `This invitation expired on ${invitation.expiresAt}. The store admin has been told and can send a new one.`,
    );

  async function tellAdmin(invitation: Invitation, contact: Contact, customer: Customer, store: Store) {
    const attemptedAt = clock.now().toISOString();
    const contactName = nameOf(contact);
    await deps.notifications.notify(store.id, {
      kind: 'invitation-expired',
      message: `${contactName} (${invitation.email}) of ${customer.code} tried to accept an expired invitation; resend it to let them in.`,
      contactGuid: contact.guid,
      customerGuid: customer.guid,
    });
    await deps.email.send(store.id, 'invitation-expired', store.adminEmail, {
      contactName,
      contactEmail: invitation.email,
      customerName: customer.name,
      expiredAt: invitation.expiresAt,
      attemptedAt,
      resendUrl: `${deps.publicBaseUrl}/#/admin/customers/${customer.guid}`,
    });
  }

  /** The pending, unexpired invitation behind a token with what it is for; throws otherwise. */
  async function live(token: string): Promise<Live> {
    const invitation = await repo.findByTokenHash(hashToken(token));
    if (!invitation) throw notFound();
    if (invitation.status === 'expired') throw expired(invitation);
    if (invitation.status !== 'pending') throw notFound();
    const contact = await directory.contact(invitation.storeId, invitation.contactGuid);
    const customer = contact && (await directory.customer(invitation.storeId, contact.customerGuid));
    const store = await deps.stores.find(invitation.storeId);
    if (!contact || !customer || !store) throw notFound();
    if (clock.now() >= new Date(invitation.expiresAt)) {
      const closedAt = clock.now().toISOString();
      // Marked Expired with the admin's notification and email queued, together: told once, across instances.
      await deps.transaction(async () => {
        const marked = await repo.transition(invitation.id, ['pending'], { status: 'expired', closedAt });
        if (marked) await tellAdmin(invitation, contact, customer, store);
      });
      throw expired(invitation);
    }
    // The contact changed in Unleashed since (email, Ordering flag) or its customer left the store.
    if (contact.syncState !== 'synced' || contact.email !== invitation.email || !customer.inStore)
      throw notFound();
    return { invitation, contact, customer, store };
  }

  return {
    async open(token) {
      const { invitation, contact, customer, store } = await live(token);
      return {
        store: { id: store.id, name: store.name, slug: storeSlug(store) },
        customer: { name: customer.name },
        contact: { firstName: contact.firstName, lastName: contact.lastName, email: invitation.email },
        expiresAt: invitation.expiresAt,
      };
    },
    async accept(token, password) {
      const { invitation, contact } = await live(token);
      const problems = passwordProblems(password);
      if (problems.length > 0) {
        throw new AppError('validation-failed', `The password needs ${problems.join(', ')}.`, {
          errors: [{ field: 'password', message: `needs ${problems.join(', ')}` }],
        });
      }
      const passwordHash = await hashPassword(password);
      const now = clock.now().toISOString();
      // The invitation used, the login and the first session commit together, or none of them does.
      return deps.transaction(async () => {
        if (!(await repo.transition(invitation.id, ['pending'], { status: 'accepted', closedAt: now })))
          throw notFound();
        await repo.saveLogin({
          id: loginId(invitation.storeId, contact.guid),
          storeId: invitation.storeId,
          contactGuid: contact.guid,
          customerGuid: contact.customerGuid,
          email: invitation.email,
          passwordHash,
          createdAt: now,
          deactivatedAt: null,
        });
        return deps.buyers.signIn(invitation.storeId, contact.guid);
      });
    },
    async decline(token) {
      const { invitation } = await live(token);
      const closedAt = clock.now().toISOString();
      if (!(await repo.transition(invitation.id, ['pending'], { status: 'declined', closedAt })))
        throw notFound();
    },
  };
}
