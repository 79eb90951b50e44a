// Builds the order-rules domain (B4): the settings repo, the service every order-forming path checks through,
// and the admin's routes.
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { createOrderRulesRepo } from './order-rules.repo.ts';
import { orderRulesAdminRouter } from './order-rules.routes.ts';
import { createOrderRules } from './order-rules.service.ts';

export function createOrderRulesModule(
  ctx: GatewayContext,
  deps: { catalogue: CatalogueReader; customers: CustomerReader; stores: StoresService },
) {
  const rules = createOrderRules({
    repo: createOrderRulesRepo(ctx.db),
    customers: deps.customers,
    catalogue: deps.catalogue,
    clock: ctx.clock,
    transaction: ctx.transaction,
    bump: (storeId) => ctx.versions.bump(storeId, 'order-rules'),
    audit: ctx.audit,
  });
  const routes: ModuleRoutes = { admin: [orderRulesAdminRouter({ rules, stores: deps.stores })] };
  return { rules, routes };
}
