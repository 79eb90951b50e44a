// Builds the admins domain: admin sign-in with its throttle (shared by every instance), the admin guard, and
// the admin's own sessions.
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import { requireAdmin } from '../http/auth.ts';
import { LoginThrottle } from '../security/login-throttle.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import { createAdminsRepo } from './admins.repo.ts';
import { adminLoginRouter, adminSessionsRouter } from './admins.routes.ts';
import { createAdminsService } from './admins.service.ts';

export function createAdminsModule(ctx: GatewayContext, sessions: SessionsService) {
  const admins = createAdminsService({
    repo: createAdminsRepo(ctx.db),
    sessions,
    throttle: new LoginThrottle(ctx.db, ctx.clock),
    clock: ctx.clock,
  });
  const routes: ModuleRoutes = {
    public: [adminLoginRouter(admins, ctx.cookie)],
    admin: [adminSessionsRouter(sessions, ctx.cookie)],
  };
  return { admins, guard: requireAdmin(sessions, admins), routes };
}
