// Builds the buyer-access domain (R9–R16): invitations and accepting them, with buyer sign-in (buyer-auth/)
// built here as accepting signs the buyer in. It tells the customers domain who of the contacts may sign in.

import { createBuyerAuthModule } from '../buyer-auth/buyer-auth.module.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import type { EmailService } from '../email/email.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { NotificationsService } from '../notifications/notifications.service.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { storeSlug } from '../stores/stores.types.ts';
import { acceptanceRouter } from './acceptance.routes.ts';
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
  // Buyer sign-in is its own domain; invitations build it, as accepting an invitation signs the buyer in.
  const buyerAuth = createBuyerAuthModule(ctx, { logins: repo, directory, stores, email, sessions });
  const { buyers, contexts } = buyerAuth;
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
  const routes: ModuleRoutes = {
    public: [acceptanceRouter({ acceptance }, ctx.cookie), ...(buyerAuth.routes.public ?? [])],
    buyer: buyerAuth.routes.buyer,
    admin: [invitationsAdminRouter({ invitations, stores })],
  };
  /** The admin dashboard's invitation figures, as of now. */
  const figures = {
    openCounts: (storeId: string) => repo.openCounts(storeId, clock.now().toISOString()),
  };
  return { invitations, buyers, acceptance, contexts, routes, figures };
}
