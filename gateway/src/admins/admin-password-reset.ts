// An admin's forgotten password (issue 16 item 1): a reset link by email, the same answer whether or not the
// email is an admin's (and just as fast: the email goes by its job, not inside the request), at most 5 asks
// per email in 15 minutes; setting the new password uses the link once and ends every session of the admin.
import type { EmailService } from '../email/email.service.ts';
import { AppError } from '../http/problems.ts';
import type { LoginThrottle } from '../security/login-throttle.ts';
import { hashPassword, passwordProblems } from '../security/passwords.ts';
import type { PasswordResets } from '../sessions/password-resets.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import type { AdminsRepo } from './admins.repo.ts';

export interface AdminPasswordReset {
  request(email: string): Promise<void>;
  complete(token: string, password: string): Promise<void>;
}

/** Refuses a password the policy does not allow, naming what it lacks (before a reset link is used up). */
export function assertPasswordPolicy(password: string): void {
  const problems = passwordProblems(password);
  if (problems.length > 0) {
    throw new AppError('validation-failed', `The password needs ${problems.join(', ')}.`, {
      errors: [{ field: 'password', message: `needs ${problems.join(', ')}` }],
    });
  }
}

export const resetLinkInvalid = () =>
  new AppError(
    'reset-link-invalid',
    'This link has been used, has expired (links work for one hour) or is not valid. Ask for a new one.',
  );

export function createAdminPasswordReset(deps: {
  repo: AdminsRepo;
  resets: PasswordResets;
  sessions: SessionsService;
  throttle: LoginThrottle;
  /** The email service and the store whose outbox (and name) admin emails go out under; read when asked. */
  mail: () => { email: EmailService; storeId: () => Promise<string | undefined> };
  publicBaseUrl: string;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}): AdminPasswordReset {
  return {
    async request(email) {
      const address = email.trim().toLowerCase();
      await deps.throttle.begin([`admin-reset:${address}`]);
      const admin = await deps.repo.findByEmail(address);
      const { email: mailer, storeId } = deps.mail();
      const store = admin ? await storeId() : undefined;
      if (!admin || !store) return;
      const { token, expiresAt } = await deps.resets.issue('admin', admin.id, null);
      const firstName = admin.name.trim().split(/\s+/)[0] ?? null;
      await mailer.send(
        store,
        'password-reset',
        admin.email,
        { firstName, resetUrl: `${deps.publicBaseUrl}/password-reset/${token}`, expiresAt },
        // A store's edited reset email speaks to its buyers: an admin of the account gets the default wording.
        { deliverNow: false, storeWording: false },
      );
    },
    async complete(token, password) {
      assertPasswordPolicy(password);
      const passwordHash = await hashPassword(password);
      await deps.transaction(async () => {
        const adminId = await deps.resets.consume('admin', token);
        if (!adminId) throw resetLinkInvalid();
        await deps.repo.setPassword(adminId, passwordHash);
        await deps.sessions.revokeAll('admin', adminId);
      });
    },
  };
}
