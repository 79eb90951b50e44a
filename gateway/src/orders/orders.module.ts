// Builds the orders domain (R18, R18a, R19, B3): the cart (its own domain, cart/), checkout and placement, the
// order-import job that takes each placed order to Unleashed, the updates the sync and the import make (with the
// buyer's status emails), the buyer's and the admin's order history, and reordering.

import { createCartModule } from '../cart/cart.module.ts';
import type { CartReader } from '../cart/cart.reader.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import type { EmailService } from '../email/email.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import { createOrderRulesModule } from '../order-rules/order-rules.module.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { Store } from '../stores/stores.types.ts';
import { createCustomerOrderSettingsRepo } from './customer-order-settings.repo.ts';
import { createCustomerOrderSettings } from './customer-order-settings.service.ts';
import { createOrderImport } from './order-import.ts';
import { createOrderPlacement, type PlacementApprovals, releaseOrder } from './order-placement.ts';
import { createOrderUpdates } from './order-updates.ts';
import { orderingRouter } from './ordering.routes.ts';
import { createOrderingService } from './ordering.service.ts';
import { type CustomerOrderSettingsReader, createOrderHistory } from './orders.reader.ts';
import { createOrdersRepo } from './orders.repo.ts';
import { newestFailedOrders, ordersAdminRouter } from './orders.routes.ts';
import type { Order } from './orders.types.ts';
import { repeatBuyingRouter } from './repeat-buying.routes.ts';
import { createRepeatBuying } from './repeat-buying.service.ts';

export interface OrdersModuleDeps {
  catalogue: CatalogueReader;
  statuses: EffectiveStatuses;
  customers: CustomerReader;
  directory: CustomerDirectory;
  stores: StoresService;
  email: EmailService;
  /** Whether an order waits for its customer's approvers (B8). */
  approvals: PlacementApprovals;
}

export async function createOrdersModule(ctx: GatewayContext, deps: OrdersModuleDeps) {
  const { clock, transaction } = ctx;
  const { catalogue, statuses, customers, stores } = deps;
  const findStore = { get: (id: string) => stores.find(id) };
  const repo = createOrdersRepo(ctx.db);
  const settingsRepo = createCustomerOrderSettingsRepo(ctx.db);
  const customerSettings = createCustomerOrderSettings({ repo: settingsRepo, customers, clock });
  // Order rules (B4) are their own domain; orders build it because every order-forming path checks through it.
  const orderRules = createOrderRulesModule(ctx, { catalogue, customers, stores });
  const updates = createOrderUpdates(repo, {
    stores: findStore,
    customers,
    email: deps.email,
    publicBaseUrl: ctx.publicBaseUrl,
    logger: ctx.logger,
  });
  const orderImport = await createOrderImport({
    jobs: ctx.jobs,
    orders: updates,
    stores: findStore,
    clientFor: ctx.clients,
    clock,
  });
  const placement = createOrderPlacement({
    catalogue,
    statuses,
    orders: repo,
    email: deps.email,
    clock,
    publicBaseUrl: ctx.publicBaseUrl,
    transaction,
    queueImport: orderImport.queue,
    customerSettings: settingsRepo,
    orderRules: orderRules.rules,
    approvals: deps.approvals,
    audit: ctx.audit,
  });
  // What a decision on an order awaiting approval (B8) does to it: the approvals domain decides, orders write.
  const approvalOrders = {
    get: repo.get,
    listAwaitingApproval: repo.listAwaitingApproval,
    decideApproval: repo.decideApproval,
    release: async (store: Store, order: Order) =>
      releaseOrder(
        { email: deps.email, publicBaseUrl: ctx.publicBaseUrl, queueImport: orderImport.queue },
        store,
        order,
        await customers.getCustomer(store.id, order.customerGuid),
      ),
  };
  // The cart is its own domain; orders build it, as every line of it is checked against the order rules.
  const {
    cart,
    carts,
    routes: cartRoutes,
  } = createCartModule(ctx, {
    ...{ catalogue, statuses, customers, stores },
    orderRules: orderRules.rules,
  });
  const ordering = createOrderingService({ customers, cart, placement, transaction });
  const history = createOrderHistory(repo);
  const repeat = createRepeatBuying({
    ...{ catalogue, statuses, customers, carts, orders: repo, clock },
    orderRules: orderRules.rules,
  });
  const routes: ModuleRoutes = {
    buyer: [
      ...(cartRoutes.buyer ?? []),
      orderingRouter({ ordering, orders: history, stores, customerSettings }),
      repeatBuyingRouter({ repeat, stores }),
    ],
    admin: [
      ordersAdminRouter({ orders: history, stores, directory: deps.directory, customerSettings }),
      ...(orderRules.routes.admin ?? []),
    ],
  };
  const cartReader: CartReader = carts;
  const settingsReader: CustomerOrderSettingsReader = customerSettings;
  const failedOrders = newestFailedOrders({ orders: history, stores, directory: deps.directory });
  return {
    placement,
    ordering,
    cart,
    carts: cartReader,
    history,
    updates,
    routes,
    customerSettings: settingsReader,
    failedOrders,
    rules: orderRules.rules,
    approvalOrders,
  };
}
