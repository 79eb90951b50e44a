// Builds the standing-orders domain (R21) for createGateway: the buyer service, the runner and its minute
// tick, the admin list and report, and their routers.
import type { CatalogueRepo } from '../catalogue/catalogue.repo.ts';
import type { EffectiveStatuses } from '../catalogue/effective-status.ts';
import type { Clock } from '../clock.ts';
import type { CustomersRepo } from '../customers/customers.repo.ts';
import type { PortalDb } from '../db/database.ts';
import type { EmailService } from '../email/email.service.ts';
import type { BuyerAuthService } from '../invitations/buyer-auth.service.ts';
import type { CartsRepo } from '../orders/cart.repo.ts';
import type { OrderPlacement } from '../orders/order-placement.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { createStandingOrdersRepo } from './standing-orders.repo.ts';
import { createStandingOrderReports } from './standing-orders.report.ts';
import { standingOrdersAdminRouter, standingOrdersRouter } from './standing-orders.routes.ts';
import { createStandingOrderRunner } from './standing-orders.runner.ts';
import { createStandingOrderSchedule } from './standing-orders.schedule.ts';
import { createStandingOrdersService } from './standing-orders.service.ts';
import { createStandingOrderView } from './standing-orders.view.ts';

export interface StandingOrdersModuleDeps {
  db: PortalDb;
  carts: CartsRepo;
  catalogue: CatalogueRepo;
  statuses: EffectiveStatuses;
  customers: CustomersRepo;
  stores: StoresService;
  buyers: BuyerAuthService;
  placement: OrderPlacement;
  email: EmailService;
  clock: Clock;
  publicBaseUrl: string;
  logger?: { warn(details: object, message: string): void };
}

export function createStandingOrdersModule(deps: StandingOrdersModuleDeps) {
  const repo = createStandingOrdersRepo(deps.db);
  const view = createStandingOrderView({ repo, catalogue: deps.catalogue, customers: deps.customers });
  const service = createStandingOrdersService({
    repo,
    catalogue: deps.catalogue,
    statuses: deps.statuses,
    customers: deps.customers,
    carts: deps.carts,
    clock: deps.clock,
  });
  const runner = createStandingOrderRunner({
    ...deps,
    repo,
    view,
    transaction: (work) => deps.db.transaction(work),
  });
  const reports = createStandingOrderReports({ repo, catalogue: deps.catalogue, clock: deps.clock });
  return {
    service,
    runner,
    schedule: createStandingOrderSchedule({ runner, logger: deps.logger }),
    buyerRouter: () => standingOrdersRouter({ standingOrders: service, view, stores: deps.stores }),
    adminRouter: () => standingOrdersAdminRouter({ reports, view, stores: deps.stores }),
  };
}

export type StandingOrdersModule = ReturnType<typeof createStandingOrdersModule>;
