// Builds the account domain: the supplier's plan and its limits (R7), counted through the other domains.
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import { createAccountRepo } from './account.repo.ts';
import { accountRouter } from './account.routes.ts';
import { createAccountService, type UsageCounter } from './account.service.ts';
import type { Plan } from './plans.ts';

export function createAccountModule(
  ctx: GatewayContext,
  deps: {
    usage: UsageCounter;
    account?: { name: string; plan: Plan };
    ownerId: () => Promise<string | undefined>;
  },
) {
  const account = createAccountService(
    createAccountRepo(ctx.db),
    deps.usage,
    deps.account ?? { name: 'Supplier', plan: 'base' },
    { audit: ctx.audit, transaction: ctx.transaction, ownerId: deps.ownerId },
  );
  const routes: ModuleRoutes = { admin: [accountRouter(account)] };
  return { account, routes };
}
