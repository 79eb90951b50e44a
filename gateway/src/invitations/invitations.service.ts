// The admin's side of invitations (R12, R13, R16): invite one contact or many, resend, cancel, deactivate and
// reactivate, and describe contacts with their status (R15) for the customers page. Tokens are 256 random
// bits, stored only as a hash, valid 7 days by the injected clock; the link itself goes only into the email.

import { randomUUID } from 'node:crypto';
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import type { ContactAccess, CustomerDirectory } from '../customers/customers.service.ts';
import type { Contact, Customer } from '../customers/customers.types.ts';
import type { EmailService } from '../email/email.service.ts';
import { AppError } from '../http/problems.ts';
import { hashToken, newToken } from '../security/tokens.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import { contactStatus, currentLogin, shownStatus } from './contact-status.ts';
import { invitationRules, nameOf } from './invitation-rules.ts';
import type { InvitationsRepo } from './invitations.repo.ts';
import {
  type BulkInviteResult,
  type BuyerLogin,
  INVITATION_TTL_MS,
  type Invitation,
  type InvitationSent,
  loginId,
  type StoreContact,
} from './invitations.types.ts';

export interface InvitationsService extends ContactAccess {
  /** Invites one contact (R12); refused with the problem that says why. */
  invite(storeId: string, contactGuid: string, invitedBy: string | null): Promise<InvitationSent>;
  /** A new link for a pending or expired invitation; the old link stops working (R13, R16). */
  resend(storeId: string, contactGuid: string, invitedBy: string | null): Promise<InvitationSent>;
  /** Cancels the pending invitation: the link stops working, the contact is Inactive (R16). */
  cancel(storeId: string, contactGuid: string): Promise<StoreContact>;
  /** Invites each contact on its own: one refusal never blocks the rest. */
  inviteContacts(
    storeId: string,
    contactGuids: string[],
    invitedBy: string | null,
  ): Promise<BulkInviteResult[]>;
  /** Invites each customer's primary (default) contact, one result per customer. */
  invitePrimaryContacts(
    storeId: string,
    customerGuids: string[],
    invitedBy: string | null,
  ): Promise<BulkInviteResult[]>;
  /** Ends the contact's login and its sessions at once (R16). */
  deactivate(storeId: string, contactGuid: string): Promise<StoreContact>;
  /** Gives a deactivated contact its login back, unless its email is now held by another contact (R10). */
  reactivate(storeId: string, contactGuid: string): Promise<StoreContact>;
}

export interface InvitationsDeps {
  repo: InvitationsRepo;
  directory: CustomerDirectory;
  email: EmailService;
  sessions: SessionsService;
  clock: Clock;
  /** Where the storefront runs: the accept link is `${publicBaseUrl}/s/${slug}/invitations/${token}`. */
  publicBaseUrl: string;
  /** The store's address part (issue 16 item 1), kept in the link so the buyer's sign-in knows the store. */
  storeSlug: (storeId: string) => Promise<string | undefined>;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  audit: AuditLog;
}

const latest = (invitations: Invitation[]) => invitations.at(-1);

export function createInvitationsService(deps: InvitationsDeps): InvitationsService {
  const { repo, directory, clock } = deps;
  const factsOf = async (storeId: string, contactGuid: string) => ({
    login: await repo.getLogin(loginId(storeId, contactGuid)),
    invitation: latest(await repo.listForContact(storeId, contactGuid)),
  });
  const rules = invitationRules({ directory, factsOf, clock });

  const present = (
    contact: Contact,
    customerInStore: boolean,
    login: BuyerLogin | undefined,
    invitation: Invitation | undefined,
  ): StoreContact => {
    const now = clock.now();
    const { guid, customerGuid, firstName, lastName, email, isDefault, forOrdering, syncState } = contact;
    return {
      ...{ guid, customerGuid, firstName, lastName, email, isDefault, forOrdering, syncState },
      ...contactStatus({ contact, customerInStore, login, invitation, now }),
      invitation: invitation
        ? {
            id: invitation.id,
            status: shownStatus(invitation, now),
            email: invitation.email,
            createdAt: invitation.createdAt,
            expiresAt: invitation.expiresAt,
          }
        : null,
    };
  };

  async function load(
    storeId: string,
    contactGuid: string,
  ): Promise<{ contact: Contact; customer: Customer }> {
    const contact = await directory.contact(storeId, contactGuid);
    const customer = contact && (await directory.customer(storeId, contact.customerGuid));
    if (!contact || !customer)
      throw new AppError('not-found', `There is no contact ${contactGuid} in this store.`);
    return { contact, customer };
  }

  async function view(storeId: string, contactGuid: string): Promise<StoreContact> {
    const { contact, customer } = await load(storeId, contactGuid);
    const { login, invitation } = await factsOf(storeId, contactGuid);
    return present(contact, customer.inStore, login, invitation);
  }

  async function closePending(storeId: string, contactGuid: string, status: 'superseded' | 'cancelled') {
    const closedAt = clock.now().toISOString();
    for (const invitation of await repo.listForContact(storeId, contactGuid))
      if (invitation.status === 'pending')
        await repo.transition(invitation.id, ['pending'], { status, closedAt });
  }

  async function send(
    storeId: string,
    contactGuid: string,
    mode: 'invite' | 'resend',
    invitedBy: string | null,
  ): Promise<InvitationSent> {
    const { contact, customer } = await load(storeId, contactGuid);
    await rules.assertInvitable(storeId, contact, customer, mode);
    const email = contact.email as string;
    await closePending(storeId, contact.guid, 'superseded');
    const token = newToken();
    const now = clock.now();
    const invitation: Invitation = {
      id: randomUUID(),
      storeId,
      contactGuid: contact.guid,
      customerGuid: customer.guid,
      email,
      tokenHash: hashToken(token),
      status: 'pending',
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
      closedAt: null,
      invitedBy,
    };
    await deps.transaction(async () => {
      await repo.save(invitation);
      await deps.audit.record({
        ...{ storeId, kind: 'invitation-sent', recordType: 'contact', recordId: contact.guid },
        summary: `Invitation ${mode === 'resend' ? 'resent' : 'sent'} to ${email} (${customer.code})`,
        before: null,
        after: { email, expiresAt: invitation.expiresAt },
      });
    });
    const slug = await deps.storeSlug(storeId);
    const storePath = slug ? `/s/${encodeURIComponent(slug)}` : '';
    const message = await deps.email.send(storeId, 'invitation', email, {
      firstName: contact.firstName,
      customerName: customer.name,
      acceptUrl: `${deps.publicBaseUrl}${storePath}/invitations/${token}`,
      expiresAt: invitation.expiresAt,
    });
    return {
      contact: await view(storeId, contact.guid),
      message: { id: message.id, status: message.status },
    };
  }

  /** One bulk item: sent, or refused with the problem (only business refusals; anything else is thrown). */
  async function attempt(
    run: () => Promise<unknown>,
  ): Promise<Pick<BulkInviteResult, 'outcome' | 'problem'>> {
    try {
      await run();
      return { outcome: 'sent' };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return { outcome: 'refused', problem: error.toProblem() };
    }
  }

  const service: InvitationsService = {
    invite: (storeId, contactGuid, invitedBy) => send(storeId, contactGuid, 'invite', invitedBy),
    resend: (storeId, contactGuid, invitedBy) => send(storeId, contactGuid, 'resend', invitedBy),
    async cancel(storeId, contactGuid) {
      const { contact, customer } = await load(storeId, contactGuid);
      const { invitation } = await factsOf(storeId, contactGuid);
      if (invitation?.status !== 'pending')
        throw new AppError(
          'invitation-not-found',
          `${nameOf(contact)} of ${customer.code} has no pending invitation.`,
        );
      await deps.transaction(async () => {
        await closePending(storeId, contactGuid, 'cancelled');
        await deps.audit.record({
          ...{ storeId, kind: 'invitation-cancelled', recordType: 'contact', recordId: contactGuid },
          summary: `Invitation to ${invitation.email} (${customer.code}) cancelled`,
          ...{ before: { invitation: 'pending' }, after: { invitation: 'cancelled' } },
        });
      });
      return view(storeId, contactGuid);
    },
    async inviteContacts(storeId, contactGuids, invitedBy) {
      const results: BulkInviteResult[] = [];
      for (const contactGuid of contactGuids)
        results.push({
          contactGuid,
          ...(await attempt(() => service.invite(storeId, contactGuid, invitedBy))),
        });
      return results;
    },
    async invitePrimaryContacts(storeId, customerGuids, invitedBy) {
      const results: BulkInviteResult[] = [];
      for (const customerGuid of customerGuids) {
        const customer = await directory.customer(storeId, customerGuid);
        const primary = customer
          ? (await directory.contacts(storeId, customerGuid)).find(
              (c) => c.isDefault && c.syncState !== 'removed',
            )
          : undefined;
        if (!customer || !primary) {
          const detail = customer
            ? `${customer.code} has no primary contact.`
            : `There is no customer ${customerGuid}.`;
          const problem = new AppError('not-found', detail).toProblem();
          results.push({ customerGuid, contactGuid: null, outcome: 'refused', problem });
          continue;
        }
        const result = await attempt(() => service.invite(storeId, primary.guid, invitedBy));
        results.push({ customerGuid, contactGuid: primary.guid, ...result });
      }
      return results;
    },
    async deactivate(storeId, contactGuid) {
      const { contact, customer } = await load(storeId, contactGuid);
      const login = currentLogin(contact, await repo.getLogin(loginId(storeId, contactGuid)));
      if (!login || login.deactivatedAt)
        throw new AppError(
          'contact-status-conflict',
          `${nameOf(contact)} of ${customer.code} has no active login.`,
        );
      // The login and its sessions end together: never a deactivated contact still signed in.
      await deps.transaction(async () => {
        await repo.saveLogin({ ...login, deactivatedAt: clock.now().toISOString() });
        await deps.sessions.revokeAll('buyer', login.id);
        await deps.audit.record({
          ...{ storeId, kind: 'contact-deactivated', recordType: 'contact', recordId: contactGuid },
          summary: `${nameOf(contact)} of ${customer.code} deactivated`,
          ...{ before: { login: 'active' }, after: { login: 'deactivated' } },
        });
      });
      return view(storeId, contactGuid);
    },
    async reactivate(storeId, contactGuid) {
      const { contact, customer } = await load(storeId, contactGuid);
      const login = currentLogin(contact, await repo.getLogin(loginId(storeId, contactGuid)));
      if (!login?.deactivatedAt)
        throw new AppError(
          'contact-status-conflict',
          `${nameOf(contact)} of ${customer.code} is not deactivated.`,
        );
      if (contact.syncState !== 'synced')
        throw new AppError(
          'contact-not-invitable',
          `${nameOf(contact)} of ${customer.code} is no longer an ordering contact.`,
        );
      await rules.assertEmailFree(storeId, contact);
      await deps.transaction(async () => {
        await repo.saveLogin({ ...login, deactivatedAt: null });
        await deps.audit.record({
          ...{ storeId, kind: 'contact-reactivated', recordType: 'contact', recordId: contactGuid },
          summary: `${nameOf(contact)} of ${customer.code} reactivated`,
          ...{ before: { login: 'deactivated' }, after: { login: 'active' } },
        });
      });
      return view(storeId, contactGuid);
    },
    async describe(storeId, contacts, customers) {
      const inStore = new Map(customers.map((c) => [c.guid, c.inStore]));
      const guids = contacts.map((c) => c.guid);
      const latestBy = new Map((await repo.latestForContacts(storeId, guids)).map((i) => [i.contactGuid, i]));
      const logins = new Map((await repo.loginsForContacts(storeId, guids)).map((l) => [l.contactGuid, l]));
      return contacts.map((contact) =>
        present(
          contact,
          inStore.get(contact.customerGuid) ?? false,
          logins.get(contact.guid),
          latestBy.get(contact.guid),
        ),
      );
    },
    async closeCustomer(storeId, customerGuid) {
      for (const contact of await directory.contacts(storeId, customerGuid)) {
        await closePending(storeId, contact.guid, 'cancelled');
        await deps.sessions.revokeAll('buyer', loginId(storeId, contact.guid));
      }
    },
  };
  return service;
}
