// Builds the admins domain: admin sign-in with its throttle (shared by every instance), the admin guard, the
// admin's own sessions and the forgotten-password link.
import type { EmailService } from '../email/email.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import { requireAdmin } from '../http/auth.ts';
import { LoginThrottle } from '../security/login-throttle.ts';
import { createPasswordResets } from '../sessions/password-resets.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import { createAdminPasswordReset } from './admin-password-reset.ts';
import { createAdminsRepo } from './admins.repo.ts';
import { adminLoginRouter, adminPasswordResetRouter, adminSessionsRouter } from './admins.routes.ts';
import { createAdminsService } from './admins.service.ts';

export interface AdminMail {
  email: EmailService;
  /** The store an admin's emails go out under (the outbox is per store): the account's first. */
  storeId: () => Promise<string | undefined>;
}

export function createAdminsModule(ctx: GatewayContext, sessions: SessionsService, mail: () => AdminMail) {
  const repo = createAdminsRepo(ctx.db);
  const throttle = new LoginThrottle(ctx.db, ctx.clock);
  const admins = createAdminsService({ repo, sessions, throttle, clock: ctx.clock });
  const reset = createAdminPasswordReset({
    repo,
    resets: createPasswordResets(ctx.db, ctx.clock),
    sessions,
    throttle,
    mail,
    publicBaseUrl: ctx.publicBaseUrl,
    transaction: ctx.transaction,
  });
  const routes: ModuleRoutes = {
    public: [adminLoginRouter(admins, ctx.cookie), adminPasswordResetRouter(reset)],
    admin: [adminSessionsRouter(sessions, ctx.cookie)],
  };
  return { admins, guard: requireAdmin(sessions, admins), routes };
}
