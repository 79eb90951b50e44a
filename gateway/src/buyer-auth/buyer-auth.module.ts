// Builds the buyer-auth domain (R14, R15): buyer sign-in with its throttle, the store choice of a buyer of
// several stores, buyer password resets, the buyer's own session routes and what the buyer guard resolves a token
// to. The invitations domain builds it, as accepting an invitation signs the buyer in.
import type { CustomerDirectory } from '../customers/customers.service.ts';
import type { EmailService } from '../email/email.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import { createBuyerContexts } from '../http/buyer-contexts.ts';
import type { BuyerLogins } from '../invitations/buyer-logins.reader.ts';
import { LoginThrottle } from '../security/login-throttle.ts';
import { createPasswordResets } from '../sessions/password-resets.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { buyerAuthRouter, buyerSessionRouter } from './buyer-auth.routes.ts';
import { createBuyerAuthService } from './buyer-auth.service.ts';
import { createBuyerPasswordReset } from './buyer-password-reset.ts';

export interface BuyerAuthDeps {
  logins: BuyerLogins;
  directory: CustomerDirectory;
  stores: StoresService;
  email: EmailService;
  sessions: SessionsService;
}

export function createBuyerAuthModule(ctx: GatewayContext, deps: BuyerAuthDeps) {
  const { clock } = ctx;
  const { logins: repo, directory, stores, sessions } = deps;
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
    email: deps.email,
    publicBaseUrl: ctx.publicBaseUrl,
    transaction: ctx.transaction,
  });
  // What the buyer guard resolves a session token to, remembered while the store's data versions stand.
  const contexts = createBuyerContexts({ sessions, buyers, stores, versions: ctx.versions, clock });
  const routes: ModuleRoutes = {
    public: [buyerAuthRouter({ buyers, passwordReset }, ctx.cookie)],
    buyer: [buyerSessionRouter(sessions, ctx.cookie)],
  };
  return { buyers, contexts, routes };
}
