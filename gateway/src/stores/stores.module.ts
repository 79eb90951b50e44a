// Builds the stores domain (R8): stores, their settings and their Unleashed connection.
import type { AccountService } from '../account/account.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import { createStoresRepo } from './stores.repo.ts';
import { storesRouter } from './stores.routes.ts';
import { createStoresService } from './stores.service.ts';

export function createStoresModule(ctx: GatewayContext, deps: { account: AccountService }) {
  const stores = createStoresService({
    repo: createStoresRepo(ctx.db),
    account: deps.account,
    secrets: ctx.secrets,
    clock: ctx.clock,
    tuning: ctx.tuning,
    audit: ctx.audit,
    transaction: ctx.transaction,
  });
  const routes: ModuleRoutes = { admin: [storesRouter(stores)] };
  return { stores, routes };
}
