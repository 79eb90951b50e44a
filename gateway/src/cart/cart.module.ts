// Builds the cart domain: the carts repository, the buyer's cart service and its routes. The orders domain
// builds it, as it builds the order rules every line is checked against; other domains read a cart through
// cart.reader.ts.
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { OrderRules } from '../order-rules/order-rules.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { CartLines } from './cart.reader.ts';
import { createCartsRepo } from './cart.repo.ts';
import { cartRouter } from './cart.routes.ts';
import { createCartService } from './cart.service.ts';

export interface CartModuleDeps {
  catalogue: CatalogueReader;
  statuses: EffectiveStatuses;
  customers: CustomerReader;
  stores: StoresService;
  orderRules: Pick<OrderRules, 'ruleBook'>;
}

export function createCartModule(ctx: GatewayContext, deps: CartModuleDeps) {
  const carts = createCartsRepo(ctx.db);
  const cart = createCartService({ ...deps, carts, clock: ctx.clock });
  const routes: ModuleRoutes = { buyer: [cartRouter({ cart, stores: deps.stores })] };
  const lines: CartLines = carts;
  return { cart, carts: lines, routes };
}
