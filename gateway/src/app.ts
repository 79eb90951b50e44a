// createGateway composes the gateway from its dependencies (database, clock, master key, logger, Unleashed
// client tuning): the shared infrastructure, one module per domain, and the HTTP pipeline (http/http-app.ts).
// Tests, Pact verification and main.ts all build it this way.
import { createAccountModule } from './account/account.module.ts';
import { createActingModule } from './acting/acting.module.ts';
import { createAdminsModule } from './admins/admins.module.ts';
import { createApprovalsModule } from './approvals/approvals.module.ts';
import { createAuditModule, withAuditActor } from './audit/audit.module.ts';
import { createBuyerCatalogueModule } from './buyer-catalogue/buyer-catalogue.module.ts';
import { createCatalogueModule } from './catalogue/catalogue.module.ts';
import { createCustomCataloguesModule } from './custom-catalogues/custom-catalogues.module.ts';
import { createCustomersModule } from './customers/customers.module.ts';
import { createDashboardModule } from './dashboard/dashboard.module.ts';
import { createEmailDomain } from './email/email.module.ts';
import { emailAdminRouter } from './email/email-admin.routes.ts';
import type { Gateway, GatewayDeps, GatewayServices } from './gateway.types.ts';
import { createContext, LOCAL_EMAIL } from './gateway-context.ts';
import { requireBuyer } from './http/auth.ts';
import { createHttpApp } from './http/http-app.ts';
import { operationsRouter } from './http/operations.ts';
import { rateLimits } from './http/rate-limits.ts';
import { createBuyerAccessModule } from './invitations/invitations.module.ts';
import { createNotificationsModule } from './notifications/notifications.module.ts';
import { createOrdersModule } from './orders/orders.module.ts';
import { createPricingModule } from './pricing/pricing.module.ts';
import { createSessionsModule } from './sessions/sessions.module.ts';
import { createStandingOrdersModule } from './standing-orders/standing-orders.module.ts';
import { createStoresModule } from './stores/stores.module.ts';
import { storeBranding } from './stores/stores.types.ts';
import { createSyncModule } from './sync/sync.module.ts';
import { createSyncFreshness } from './sync/sync-freshness.ts';
import { createWebhooksModule } from './webhooks/webhooks.module.ts';

export type { Gateway, GatewayDeps, GatewayServices };

export async function createGateway(deps: GatewayDeps): Promise<Gateway> {
  const ctx = await createContext(deps);
  const { db, clock, logger, jobs, clients } = ctx;
  const sessions = createSessionsModule(ctx, deps.sessionTtlHours ?? 12);
  const admins = createAdminsModule(ctx, sessions, () => ({
    email,
    storeId: async () => (await stores.list())[0]?.id,
  }));
  // The plan's limits (R7) count what other domains hold, and those domains check the limits: read when asked.
  const { account, routes: accountRoutes } = createAccountModule(ctx, {
    account: deps.account,
    ownerId: async () => (await admins.admins.owner())?.id,
    usage: {
      storeIds: async () => (await stores.list()).map((store) => store.id),
      listedProducts: (storeId) => customCatalogues.statuses.countListed(storeId),
      customersInStore: (storeId) => customers.countInStore(storeId),
    },
  });
  const { stores, routes: storeRoutes } = createStoresModule(ctx, { account });
  const { email, ...emailDomain } = await createEmailDomain({
    db,
    jobs,
    clock,
    audit: ctx.audit,
    logger,
    mailer: deps.mailer,
    config: deps.email ?? LOCAL_EMAIL,
    storeName: async (storeId) => (await stores.find(storeId))?.name,
    branding: async (storeId) => {
      const store = await stores.find(storeId);
      if (!store) return undefined;
      const { brandColour, logoUrl } = storeBranding(store);
      return { colour: brandColour, logoUrl: logoUrl && `${ctx.publicBaseUrl}${logoUrl}` };
    },
  });
  const { notifications, routes: notificationRoutes } = createNotificationsModule(ctx, { stores });
  const customers = createCustomersModule(ctx, { account, stores, access: () => access.invitations });
  const { directory, reader: customerReader } = customers;
  const access = createBuyerAccessModule(ctx, { directory, stores, email, sessions, notifications });
  const freshness = createSyncFreshness(db);
  const catalogue = createCatalogueModule(ctx, { account, stores, freshness });
  const customCatalogues = createCustomCataloguesModule(ctx, {
    ...{ catalogue: catalogue.base, base: catalogue.service },
    ...{ account, customers: customerReader, stores },
  });
  const { reader } = catalogue;
  const { statuses } = customCatalogues;
  const buyerCatalogue = createBuyerCatalogueModule(ctx, {
    ...{ catalogue: catalogue.base, names: catalogue.names, catalogues: customCatalogues.forBuyers },
    ...{ statuses, customers: customerReader, stores, freshness },
    orderRules: { ruleBook: (storeId, customer) => orders.rules.ruleBook(storeId, customer) },
  });
  // Approvals (B8) decide on orders, and placement asks them whether an order waits: orders are read when asked.
  const approvals = createApprovalsModule(ctx, {
    customers: customerReader,
    stores,
    email,
    orders: () => orders.approvalOrders,
  });
  const orders = await createOrdersModule(ctx, {
    catalogue: reader,
    statuses,
    customers: customerReader,
    directory,
    stores,
    email,
    approvals: approvals.gate,
  });
  const sync = await createSyncModule(ctx, {
    stores,
    sessions,
    limits: account,
    orders: orders.updates,
    catalogue: catalogue.syncTargetWith(customCatalogues.listings),
    customers: customers.syncTarget,
  });
  const webhooks = await createWebhooksModule(ctx, {
    stores,
    applyRecord: sync.applyRecord,
    settings: deps.webhooks,
  });
  const { cart, placement } = orders;
  const acting = createActingModule(ctx, {
    sessions,
    directory,
    stores,
    customers: customers.service,
    cart,
    placement,
  });
  const standingOrders = await createStandingOrdersModule(ctx, {
    email,
    stores,
    statuses,
    carts: orders.carts,
    catalogue: reader,
    customers: customerReader,
    buyers: access.buyers,
    placement,
    customerSettings: orders.customerSettings,
    orderRules: orders.rules,
  });
  const audit = await createAuditModule(ctx, { stores, retentionDays: deps.auditRetentionDays });
  const app = createHttpApp({
    logger,
    validateResponses: deps.validateResponses !== false,
    storefrontDir: deps.storefrontDir,
    corsOrigins: deps.corsOrigins ?? [],
    trustProxy: deps.trustProxy ?? false,
    rateLimits: rateLimits(db, deps.rateLimits),
    guards: {
      buyer: withAuditActor(ctx.audit, requireBuyer(access.contexts, acting.acting)),
      admin: withAuditActor(ctx.audit, admins.guard),
    },
    // The catalogue first: it is what buyers ask for most, and every router passed costs each request a little.
    routes: [
      { public: [operationsRouter({ db, jobs, stores, clients, clock })] },
      buyerCatalogue.routes,
      catalogue.routes,
      customCatalogues.routes,
      admins.routes,
      access.routes,
      acting.routes,
      approvals.routes,
      orders.routes,
      standingOrders.routes,
      accountRoutes,
      storeRoutes,
      sync.routes,
      webhooks.routes,
      customers.routes,
      createPricingModule(ctx, { catalogue: reader, directory, stores }).routes,
      notificationRoutes,
      audit.routes,
      { admin: [emailAdminRouter({ email, ...emailDomain, stores })] },
      createDashboardModule(ctx, {
        stores,
        orders: { figures: orders.history.figures, newestFailed: orders.failedOrders },
        sync: sync.engine,
        invitations: access.figures,
        standingOrders,
      }).routes,
    ],
  });
  const services: GatewayServices = {
    ...{ jobs, clock, stores, email, clients, account, standingOrders },
    ...{ admins: admins.admins, sync: sync.engine, orders: orders.history, customers: customers.service },
    ...{ buyers: access.buyers, catalogue: catalogue.service, auditRetention: audit.retention },
  };
  return {
    app,
    services,
    followStores: sync.followStores,
    async start() {
      await emailDomain.start();
      await sync.start();
      await webhooks.start();
      await standingOrders.schedule.start();
      await audit.retention.start();
    },
    async shutdown() {
      await sync.stop();
      await standingOrders.schedule.stop();
      audit.retention.stop();
      await jobs.stop();
      await emailDomain.shutdown();
    },
  };
}
