// Builds the stores domain (R8): stores, their settings and their Unleashed connection, their logos, and the
// public sign-in page of each store's address.
import type { AccountService } from '../account/account.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import { signInPageRouter } from './sign-in-page.routes.ts';
import { createStoreLogoRepo } from './store-logo.repo.ts';
import { storeLogoAdminRouter, storeLogoPublicRouter } from './store-logo.routes.ts';
import { createStoreLogoService } from './store-logo.service.ts';
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
  const logos = createStoreLogoService({
    repo: createStoreLogoRepo(ctx.db),
    stores,
    clock: ctx.clock,
    audit: ctx.audit,
    transaction: ctx.transaction,
  });
  const routes: ModuleRoutes = {
    admin: [storesRouter(stores), storeLogoAdminRouter(logos)],
    public: [storeLogoPublicRouter(logos), signInPageRouter(stores)],
  };
  return { stores, routes };
}
