// Builds the buyer-access domain (R9–R16): invitations, accepting them, buyer sign-in with its throttle, the
// buyer's own session and what the buyer guard resolves a token to. It tells the customers domain who of the
// contacts may sign in.

import { buyerAccessRouter, buyerSessionRouter } from '../buyer-auth/buyer-auth.routes.ts';
import { createBuyerAuthService } from '../buyer-auth/buyer-auth.service.ts';
import { createBuyerPasswordReset } from '../buyer-auth/buyer-password-reset.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import type { EmailService } from '../email/email.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import { createBuyerContexts } from '../http/buyer-contexts.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import { LoginThrottle } from '../security/login-throttle.ts';
import { createPasswordResets } from '../sessions/password-resets.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { storeSlug } from '../stores/stores.types.ts';
import { createAcceptanceService } from './acceptance.service.ts';
import { createInvitationsRepo } from './invitations.repo.ts';
import { invitationsAdminRouter } from './invitations.routes.ts';
import { createInvitationsService } from './invitations.service.ts';

export interface BuyerAccessDeps {
  directory: CustomerDirectory;
  stores: StoresService;
  email: EmailService;
  sessions: SessionsService;
  notifications: NotificationsService;
}

export function createBuyerAccessModule(ctx: GatewayContext, deps: BuyerAccessDeps) {
  const { clock, publicBaseUrl, transaction } = ctx;
  const { directory, stores, email, sessions } = deps;
  const repo = createInvitationsRepo(ctx.db);
  const invitations = createInvitationsService({
    repo,
    directory,
    email,
    sessions,
    clock,
    publicBaseUrl,
    storeSlug: async (storeId) => {
      const store = await stores.find(storeId);
      return store && storeSlug(store);
    },
    transaction,
    audit: ctx.audit,
  });
  const throttle = new LoginThrottle(ctx.db, clock);
  const buyers = createBuyerAuthService({
    repo,
    directory,
    stores,
    sessions,
    throttle,
    secrets: ctx.secrets,
    clock,
  });
  const passwordReset = createBuyerPasswordReset({
    repo,
    buyers,
    resets: createPasswordResets(ctx.db, clock),
    sessions,
    throttle,
    email,
    publicBaseUrl,
    transaction,
  });
  const acceptance = createAcceptanceService({
    repo,
    directory,
    stores,
    email,
    notifications: deps.notifications,
    buyers,
    clock,
    publicBaseUrl,
    transaction,
  });
  // What the buyer guard resolves a session token to, remembered while the store's data versions stand.
  const contexts = createBuyerContexts({ sessions, buyers, stores, versions: ctx.versions, clock });
  const routes: ModuleRoutes = {
    public: [buyerAccessRouter({ acceptance, buyers, passwordReset }, ctx.cookie)],
    buyer: [buyerSessionRouter(sessions, ctx.cookie)],
    admin: [invitationsAdminRouter({ invitations, stores })],
  };
  /** The admin dashboard's invitation figures, as of now. */
  const figures = {
    openCounts: (storeId: string) => repo.openCounts(storeId, clock.now().toISOString()),
  };
  return { invitations, buyers, acceptance, contexts, routes, figures };
}
