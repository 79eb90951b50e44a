// Buyer sign-in (R14, R16): like admin sign-in — one answer for an unknown email and a wrong password, failed
// attempts throttled per email and per address, revocable sessions. A login works only while the contact is
// still an ordering contact with the same email, its customer is in the store and it is not deactivated;
// requireBuyer asks the same question on every request, so a session is scoped to its customer. Without a store
// the email's logins in every store are tried with the one password; several matches answer a store choice.

import type { Clock } from '../clock.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import { AppError } from '../http/problems.ts';
import type { BuyerLogins } from '../invitations/buyer-logins.reader.ts';
import {
  type Buyer,
  type BuyerLogin,
  type BuyerSession,
  loginId,
  type StoreChoice,
  type StoreHint,
} from '../invitations/invitations.types.ts';
import type { LoginThrottle } from '../security/login-throttle.ts';
import { DECOY_HASH, hashPassword, verifyPassword } from '../security/passwords.ts';
import type { SecretBox } from '../security/secret-box.ts';
import type { Session, SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { buyerStoreOf } from '../stores/stores.types.ts';
import { openChoice, sealChoice } from './store-choice.ts';

export interface BuyerAuthService {
  /** Signs in to the hinted store, or to the one store the password opens, or answers the stores to choose. */
  login(
    hint: StoreHint,
    email: string,
    password: string,
    clientAddress: string,
  ): Promise<BuyerSession | StoreChoice>;
  /** Signs in to a store a choice token offered, if its login still works. */
  choose(choiceToken: string, storeId: string): Promise<BuyerSession>;
  /** The store a hint names (by id or slug), or undefined. */
  storeOf(hint: StoreHint): Promise<string | undefined>;
  /** The buyer login behind a login id, with whether it may still sign in (password reset). */
  loginFor(id: string): Promise<{ login: BuyerLogin; buyer: Buyer } | undefined>;
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
  repo: BuyerLogins;
  directory: CustomerDirectory;
  stores: StoresService;
  sessions: SessionsService;
  throttle: LoginThrottle;
  secrets: SecretBox;
  clock: Clock;
}): BuyerAuthService {
  const { repo, directory, sessions, throttle, secrets, clock } = deps;

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

  const service: BuyerAuthService = {
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
    async login(hint, email, password, clientAddress) {
      const address = email.trim().toLowerCase();
      const storeId = await service.storeOf(hint);
      const keys = [`buyer-email:${storeId ?? '*'}:${address}`, `buyer-ip:${clientAddress}`];
      await throttle.begin(keys);
      const hinted = hint.storeId !== undefined || hint.storeSlug !== undefined;
      const logins = !hinted
        ? await repo.findActiveLoginsByEmail(address)
        : storeId
          ? [await repo.findActiveLogin(storeId, address)].filter((login) => login !== undefined)
          : [];
      if (logins.length === 0) await verifyPassword(password, await DECOY_HASH);
      const opened: { login: BuyerLogin; buyer: Buyer }[] = [];
      for (const login of logins) {
        if (!(await verifyPassword(password, login.passwordHash))) continue;
        const buyer = await buyerFor(login);
        if (buyer) opened.push({ login, buyer });
      }
      const [only] = opened;
      if (!only) throw new AppError('invalid-credentials');
      await throttle.succeed(keys);
      if (opened.length === 1) return start(only.login, only.buyer);
      return {
        choiceToken: sealChoice(
          secrets,
          opened.map(({ login }) => login.id),
          clock.now(),
        ),
        stores: opened.map(({ buyer }) => ({
          id: buyer.store.id,
          name: buyer.store.name,
          slug: buyer.store.slug,
        })),
      };
    },
    async choose(choiceToken, storeId) {
      const ids = openChoice(secrets, choiceToken, clock.now());
      for (const id of ids) {
        const login = await repo.getLogin(id);
        if (login?.storeId !== storeId) continue;
        const buyer = await buyerFor(login);
        if (buyer) return start(login, buyer);
      }
      throw new AppError('invalid-credentials', 'This choice has expired or is not yours; sign in again.');
    },
    async storeOf(hint) {
      if (hint.storeId) return (await deps.stores.find(hint.storeId))?.id;
      if (hint.storeSlug) return (await deps.stores.findBySlug(hint.storeSlug))?.id;
      return undefined;
    },
    async loginFor(id) {
      const login = await repo.getLogin(id);
      const buyer = await buyerFor(login);
      return login && buyer ? { login, buyer } : undefined;
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
  return service;
}
