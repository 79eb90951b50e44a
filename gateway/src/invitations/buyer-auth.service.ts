// Buyer sign-in (R14, R16): like admin sign-in — one answer for an unknown email and a wrong password, failed
// attempts throttled per email and per address, revocable sessions. A login works only while the contact is
// still an ordering contact with the same email, its customer is in the store and it is not deactivated;
// requireBuyer asks the same question on every request, so a session is scoped to its customer.
import type { CustomerDirectory } from '../customers/customers.service.ts';
import { AppError } from '../http/problems.ts';
import type { LoginThrottle } from '../security/login-throttle.ts';
import { DECOY_HASH, hashPassword, verifyPassword } from '../security/passwords.ts';
import type { Session, SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { buyerStoreOf } from '../stores/stores.types.ts';
import type { InvitationsRepo } from './invitations.repo.ts';
import { type Buyer, type BuyerLogin, type BuyerSession, loginId } from './invitations.types.ts';

export interface BuyerAuthService {
  login(storeId: string, email: string, password: string, clientAddress: string): Promise<BuyerSession>;
  /** Starts a session for a login that has just been created (an accepted invitation). */
  signIn(storeId: string, contactGuid: string): Promise<BuyerSession>;
  /**
   * Gives a contact a working login without an invitation. Only the demo uses it (bootstrap's ready-made buyer,
   * so a newcomer can shop at once); real buyers always come through an invitation (R12).
   */
  grantLogin(storeId: string, contactGuid: string, password: string, now: Date): Promise<void>;
  /** The buyer behind a buyer session, or undefined when its login no longer works. */
  buyerOf(session: Session): Promise<Buyer | undefined>;
  /** The buyer a contact's login stands for now, or undefined when it could not sign in (standing-order runs). */
  buyerOfContact(storeId: string, contactGuid: string): Promise<Buyer | undefined>;
}

export function createBuyerAuthService(deps: {
  repo: InvitationsRepo;
  directory: CustomerDirectory;
  stores: StoresService;
  sessions: SessionsService;
  throttle: LoginThrottle;
}): BuyerAuthService {
  const { repo, directory, sessions, throttle } = deps;

  async function buyerFor(login: BuyerLogin | undefined): Promise<Buyer | undefined> {
    if (!login || login.deactivatedAt) return undefined;
    const contact = await directory.contact(login.storeId, login.contactGuid);
    if (contact?.syncState !== 'synced' || contact.email !== login.email) return undefined;
    const customer = await directory.customer(login.storeId, contact.customerGuid);
    const store = await deps.stores.find(login.storeId);
    if (!customer?.inStore || !store) return undefined;
    return {
      store: buyerStoreOf(store),
      customer: { guid: customer.guid, code: customer.code, name: customer.name },
      contact: {
        guid: contact.guid,
        firstName: contact.firstName,
        lastName: contact.lastName,
        email: login.email,
      },
    };
  }

  async function start(login: BuyerLogin, buyer: Buyer): Promise<BuyerSession> {
    const { token, session } = await sessions.start('buyer', login.id, login.storeId);
    return { token, expiresAt: session.expiresAt, buyer };
  }

  return {
    async grantLogin(storeId, contactGuid, password, now) {
      const contact = await directory.contact(storeId, contactGuid);
      if (!contact?.email) throw new AppError('contact-has-no-email');
      await repo.saveLogin({
        id: loginId(storeId, contactGuid),
        storeId,
        contactGuid,
        customerGuid: contact.customerGuid,
        email: contact.email,
        passwordHash: await hashPassword(password),
        createdAt: now.toISOString(),
        deactivatedAt: null,
      });
    },
    async login(storeId, email, password, clientAddress) {
      const address = email.trim().toLowerCase();
      const keys = [`buyer-email:${storeId}:${address}`, `buyer-ip:${clientAddress}`];
      await throttle.begin(keys);
      const login = await repo.findActiveLogin(storeId, address);
      const valid = await verifyPassword(password, login?.passwordHash ?? (await DECOY_HASH));
      const buyer = valid ? await buyerFor(login) : undefined;
      if (!login || !buyer) {
        throw new AppError('invalid-credentials');
      }
      await throttle.succeed(keys);
      return start(login, buyer);
    },
    async signIn(storeId, contactGuid) {
      const login = await repo.getLogin(loginId(storeId, contactGuid));
      const buyer = await buyerFor(login);
      if (!login || !buyer) throw new AppError('invitation-not-found');
      return start(login, buyer);
    },
    async buyerOf(session) {
      return session.kind === 'buyer' ? buyerFor(await repo.getLogin(session.subjectId)) : undefined;
    },
    buyerOfContact: async (storeId, contactGuid) =>
      buyerFor(await repo.getLogin(loginId(storeId, contactGuid))),
  };
}
