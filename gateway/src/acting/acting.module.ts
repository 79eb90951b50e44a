// Builds the acting domain (R22, R23): an admin acting as one of a customer's contacts, its log, and the orders the
// admin places that way.
import type { CartService } from '../cart/cart.service.ts';
import type { CustomerDirectory, CustomersService } from '../customers/customers.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { OrderPlacement } from '../orders/order-placement.ts';
import type { SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { createActingRepo } from './acting.repo.ts';
import { actingAdminRouter, actingStoreRouter } from './acting.routes.ts';
import { createActingService } from './acting.service.ts';
import { createActingOrders } from './acting-orders.service.ts';

export interface ActingModuleDeps {
  sessions: SessionsService;
  directory: CustomerDirectory;
  customers: CustomersService;
  stores: StoresService;
  cart: Pick<CartService, 'takeLines'>;
  placement: OrderPlacement;
}

export function createActingModule(ctx: GatewayContext, deps: ActingModuleDeps) {
  const { directory, stores } = deps;
  const acting = createActingService({
    repo: createActingRepo(ctx.db),
    sessions: deps.sessions,
    directory,
    stores,
    clock: ctx.clock,
    audit: ctx.audit,
    transaction: ctx.transaction,
  });
  const orders = createActingOrders({
    customers: deps.customers,
    directory,
    cart: deps.cart,
    placement: deps.placement,
    transaction: ctx.transaction,
  });
  const routes: ModuleRoutes = {
    admin: [actingAdminRouter(acting, ctx.cookie)],
    buyer: [actingStoreRouter({ orders, stores })],
  };
  return { acting, routes };
}
