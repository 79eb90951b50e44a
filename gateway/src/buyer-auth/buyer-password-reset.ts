// A buyer's forgotten password (issue 16 item 1): a reset link by email for each login the email has (in the
// store named, or in every store), each link keeping its store's address (`/s/{slug}/…`); the same answer
// whether or not there is one, at most 5 asks per email in 15 minutes. Setting the new password uses the link
// once and ends every session of that login.
import { assertPasswordPolicy, resetLinkInvalid } from '../admins/admin-password-reset.ts';
import type { EmailService } from '../email/email.service.ts';
import type { BuyerLogins } from '../invitations/buyer-logins.reader.ts';
import type { StoreHint } from '../invitations/invitations.types.ts';
import type { LoginThrottle } from '../security/login-throttle.ts';
import { hashPassword } from '../security/passwords.ts';
import type { PasswordResets } from '../sessions/password-resets.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import type { BuyerAuthService } from './buyer-auth.service.ts';

export interface BuyerPasswordReset {
  request(hint: StoreHint, email: string): Promise<void>;
  complete(token: string, password: string): Promise<void>;
}

export function createBuyerPasswordReset(deps: {
  repo: BuyerLogins;
  buyers: BuyerAuthService;
  resets: PasswordResets;
  sessions: SessionsService;
  throttle: LoginThrottle;
  email: EmailService;
  publicBaseUrl: string;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}): BuyerPasswordReset {
  const { repo, buyers } = deps;
  return {
    async request(hint, email) {
      const address = email.trim().toLowerCase();
      await deps.throttle.begin([`buyer-reset:${address}`]);
      const hinted = hint.storeId !== undefined || hint.storeSlug !== undefined;
      const storeId = hinted ? await buyers.storeOf(hint) : undefined;
      const logins = !hinted
        ? await repo.findActiveLoginsByEmail(address)
        : storeId
          ? [await repo.findActiveLogin(storeId, address)].filter((login) => login !== undefined)
          : [];
      for (const { id } of logins) {
        const found = await buyers.loginFor(id);
        if (!found) continue;
        const { store, contact } = found.buyer;
        const { token, expiresAt } = await deps.resets.issue('buyer', id, store.id);
        const resetUrl = `${deps.publicBaseUrl}/s/${encodeURIComponent(store.slug)}/password-reset/${token}`;
        await deps.email.send(
          store.id,
          'password-reset',
          contact.email,
          { firstName: contact.firstName, resetUrl, expiresAt },
          { deliverNow: false },
        );
      }
    },
    async complete(token, password) {
      assertPasswordPolicy(password);
      const passwordHash = await hashPassword(password);
      await deps.transaction(async () => {
        const loginId = await deps.resets.consume('buyer', token);
        const login = loginId ? await repo.getLogin(loginId) : undefined;
        if (!login || login.deactivatedAt) throw resetLinkInvalid();
        await repo.saveLogin({ ...login, passwordHash });
        await deps.sessions.revokeAll('buyer', login.id);
      });
    },
  };
}
