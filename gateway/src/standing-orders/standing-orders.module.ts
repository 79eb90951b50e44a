// Builds the standing-orders domain (R21) for createGateway: the buyer service, the runner and the jobs it
// does (worked from creation, like every queue), the minute tick that queues them, the admin list and report,
// and their routers.

import type { BuyerAuthService } from '../buyer-auth/buyer-auth.service.ts';
import type { CartReader } from '../cart/cart.reader.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { EmailService } from '../email/email.service.ts';
import type { GatewayContext, ModuleRoutes } from '../gateway-context.ts';
import type { OrderRules } from '../order-rules/order-rules.service.ts';
import type { OrderPlacement } from '../orders/order-placement.ts';
import type { CustomerOrderSettingsReader } from '../orders/orders.reader.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { createStandingOrderJobs } from './standing-orders.jobs.ts';
import { createStandingOrdersRepo } from './standing-orders.repo.ts';
import { createStandingOrderReports } from './standing-orders.report.ts';
import { standingOrdersAdminRouter, standingOrdersRouter } from './standing-orders.routes.ts';
import { createStandingOrderRunner } from './standing-orders.runner.ts';
import { createStandingOrderSchedule } from './standing-orders.schedule.ts';
import { createStandingOrdersService } from './standing-orders.service.ts';
import { createStandingOrderView } from './standing-orders.view.ts';

export interface StandingOrdersModuleDeps {
  carts: CartReader;
  catalogue: CatalogueReader;
  statuses: EffectiveStatuses;
  customers: CustomerReader;
  stores: StoresService;
  buyers: BuyerAuthService;
  placement: OrderPlacement;
  email: EmailService;
  customerSettings: CustomerOrderSettingsReader;
  orderRules: Pick<OrderRules, 'ruleBook'>;
}

export async function createStandingOrdersModule(ctx: GatewayContext, domains: StandingOrdersModuleDeps) {
  const { db, jobs: engine, clock, logger, publicBaseUrl } = ctx;
  const deps = { ...domains, db, jobs: engine, clock, logger, publicBaseUrl };
  const repo = createStandingOrdersRepo(deps.db);
  const view = createStandingOrderView({ repo, catalogue: deps.catalogue, customers: deps.customers });
  const service = createStandingOrdersService({
    repo,
    catalogue: deps.catalogue,
    statuses: deps.statuses,
    customers: deps.customers,
    carts: deps.carts,
    clock: deps.clock,
    customerSettings: deps.customerSettings,
    orderRules: deps.orderRules,
    audit: ctx.audit,
    transaction: (work) => deps.db.transaction(work),
  });
  const runner = createStandingOrderRunner({
    ...deps,
    repo,
    view,
    transaction: (work) => deps.db.transaction(work),
  });
  const jobs = await createStandingOrderJobs({ ...deps, repo, runner });
  const reports = createStandingOrderReports({ repo, catalogue: deps.catalogue, clock: deps.clock });
  return {
    service,
    /** Active standing orders whose next order falls on a day in [from, to] (YYYY-MM-DD), soonest first. */
    dueBetween: async (storeId: string, from: string, to: string) =>
      (await repo.listActive(storeId))
        .filter((o) => o.nextRunDate !== null && o.nextRunDate >= from && o.nextRunDate <= to)
        .sort((a, b) => (a.nextRunDate ?? '').localeCompare(b.nextRunDate ?? '')),
    /** The tick's work: runDue() queues what is due (tests call it instead of waiting a minute). */
    runner: jobs,
    schedule: createStandingOrderSchedule({ runner: jobs, logger: deps.logger }),
    routes: {
      buyer: [standingOrdersRouter({ standingOrders: service, view, stores: deps.stores })],
      admin: [standingOrdersAdminRouter({ reports, view, stores: deps.stores })],
    } satisfies ModuleRoutes,
  };
}

export type StandingOrdersModule = Awaited<ReturnType<typeof createStandingOrdersModule>>;
