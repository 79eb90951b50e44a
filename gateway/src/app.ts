// createGateway composes the gateway from its dependencies (database, clock, master key, logger,
// Unleashed client tuning); tests, Pact verification and main.ts all build it this way.
// Order: request log → cookies → JSON → /docs → OpenAPI validation → public routes (admin and buyer sign-in,
// invitation links) → buyer guard → buyer routes → admin guard → admin routes → problem+json errors.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type CookieOptions, type Express } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { Logger } from 'pino';
import swaggerUi from 'swagger-ui-express';
import { parse as parseYaml } from 'yaml';
import { createAccountRepo } from './account/account.repo.ts';
import { accountRouter } from './account/account.routes.ts';
import { type AccountService, createAccountService, type UsageCounter } from './account/account.service.ts';
import type { Plan } from './account/plans.ts';
import { createActingRepo } from './acting/acting.repo.ts';
import { actingAdminRouter, actingStoreRouter } from './acting/acting.routes.ts';
import { createActingService } from './acting/acting.service.ts';
import { createActingOrders } from './acting/acting-orders.service.ts';
import { createAdminsRepo } from './admins/admins.repo.ts';
import { adminLoginRouter, adminSessionsRouter } from './admins/admins.routes.ts';
import { type AdminsService, createAdminsService } from './admins/admins.service.ts';
import { buyerCatalogueRouter } from './catalogue/buyer-catalogue.routes.ts';
import { createBuyerCatalogueService } from './catalogue/buyer-catalogue.service.ts';
import { createCatalogueRepo } from './catalogue/catalogue.repo.ts';
import { catalogueAdminRouter } from './catalogue/catalogue.routes.ts';
import { type CatalogueService, createCatalogueService } from './catalogue/catalogue.service.ts';
import { createCataloguesRepo } from './catalogue/catalogues.repo.ts';
import { cataloguesAdminRouter } from './catalogue/catalogues.routes.ts';
import { createCataloguesService } from './catalogue/catalogues.service.ts';
import { createCategoriesService } from './catalogue/categories.service.ts';
import { createEffectiveStatuses } from './catalogue/effective-status.ts';
import { type Clock, systemClock } from './clock.ts';
import { createCustomersRepo } from './customers/customers.repo.ts';
import { customersAdminRouter } from './customers/customers.routes.ts';
import {
  type CustomersService,
  createCustomerDirectory,
  createCustomersService,
} from './customers/customers.service.ts';
import { createDataVersions } from './db/data-versions.ts';
import type { PortalDb } from './db/database.ts';
import type { EmailConfig } from './email/email.config.ts';
import { createEmailDomain, type EmailDomain } from './email/email.module.ts';
import type { Mailer } from './email/mailer.ts';
import { emailAdminRouter } from './email-admin/email-admin.routes.ts';
import { requireAdmin, requireBuyer } from './http/auth.ts';
import { createBuyerContexts } from './http/buyer-contexts.ts';
import { errorHandler } from './http/error-handler.ts';
import { createLogger, requestLogging } from './http/logging.ts';
import { operationsRouter } from './http/operations.ts';
import { cacheValidatorRouteLookups } from './http/validator-route-cache.ts';
import { type AcceptanceService, createAcceptanceService } from './invitations/acceptance.service.ts';
import { buyerAccessRouter, buyerSessionRouter } from './invitations/buyer.routes.ts';
import { type BuyerAuthService, createBuyerAuthService } from './invitations/buyer-auth.service.ts';
import { createInvitationsRepo } from './invitations/invitations.repo.ts';
import { invitationsAdminRouter } from './invitations/invitations.routes.ts';
import { createInvitationsService, type InvitationsService } from './invitations/invitations.service.ts';
import { JobEngine, type JobEngineOptions } from './jobs/job-engine.ts';
import { createNotificationsRepo } from './notifications/notifications.repo.ts';
import { notificationsRouter } from './notifications/notifications.routes.ts';
import {
  createNotificationsService,
  type NotificationsService,
} from './notifications/notifications.service.ts';
import { createCartsRepo } from './orders/cart.repo.ts';
import { createOrderImport } from './orders/order-import.ts';
import { createOrderPlacement, type OrderPlacement } from './orders/order-placement.ts';
import { orderingRouter } from './orders/ordering.routes.ts';
import { createOrderingService } from './orders/ordering.service.ts';
import { createOrdersRepo, type OrdersRepo } from './orders/orders.repo.ts';
import { ordersAdminRouter } from './orders/orders.routes.ts';
import { repeatBuyingRouter } from './orders/repeat-buying.routes.ts';
import { createRepeatBuying } from './orders/repeat-buying.service.ts';
import { withStatusNotices } from './orders/status-notices.ts';
import { createPriceExplanation } from './pricing/price-explanation.service.ts';
import { pricesAdminRouter } from './pricing/prices.routes.ts';
import { LoginThrottle } from './security/login-throttle.ts';
import { SecretBox } from './security/secret-box.ts';
import { createSessionsRepo } from './sessions/sessions.repo.ts';
import { createSessionsService, type SessionsService } from './sessions/sessions.service.ts';
import {
  createStandingOrdersModule,
  type StandingOrdersModule,
} from './standing-orders/standing-orders.module.ts';
import { createStoresRepo } from './stores/stores.repo.ts';
import { storesRouter } from './stores/stores.routes.ts';
import { createStoresService, type StoresService } from './stores/stores.service.ts';
import { createScheduler, firstRunAfter, type SyncScheduler } from './sync/scheduler.ts';
import { createSyncRepo } from './sync/sync.repo.ts';
import { syncRouter } from './sync/sync.routes.ts';
import { createSyncEngine, type SyncEngine } from './sync/sync.service.ts';
import {
  type ClientTuning,
  createClientFactory,
  type UnleashedClientFactory,
} from './unleashed/client-factory.ts';

export const GATEWAY_SPEC_PATH = resolve(import.meta.dirname, '../../openapi/gateway.yaml');
const spec = parseYaml(readFileSync(GATEWAY_SPEC_PATH, 'utf8'));

export interface GatewayDeps {
  /** The database (PostgreSQL or the embedded PGlite), migrated. */
  db: PortalDb;
  /** Job engine tuning (tests poll faster). */
  jobs?: JobEngineOptions;
  masterKey: string;
  clock?: Clock;
  logger?: Logger;
  /** Check every response against the spec (dev and test). Default true. */
  validateResponses?: boolean;
  sessionTtlHours?: number;
  cookieSecure?: boolean;
  clientTuning?: ClientTuning;
  account?: { name: string; plan: Plan };
  /** Email settings; the default sends to an SMTP catcher on 127.0.0.1:1025. */
  email?: EmailConfig;
  /** The built storefront (storefront/dist), served from the same origin in production. */
  storefrontDir?: string;
  /** Replaces the SMTP mailer (tests). */
  mailer?: Mailer;
  /** Where people open the portal: invitation links are `${publicBaseUrl}/invitations/${token}`. */
  publicBaseUrl?: string;
}

export const DEFAULT_PUBLIC_BASE_URL = 'http://127.0.0.1:4000';

export const LOCAL_EMAIL: EmailConfig = {
  from: 'B2B Portal <no-reply@portal.example>',
  smtp: { host: '127.0.0.1', port: 1025, secure: false, ignoreTls: true },
};

export interface GatewayServices {
  jobs: JobEngine;
  account: AccountService;
  admins: AdminsService;
  sessions: SessionsService;
  stores: StoresService;
  clients: UnleashedClientFactory;
  secrets: SecretBox;
  clock: Clock;
  sync: SyncEngine;
  scheduler: SyncScheduler;
  orders: OrdersRepo;
  placement: OrderPlacement;
  email: EmailDomain['email'];
  invitationTemplates: EmailDomain['invitationTemplates'];
  customers: CustomersService;
  invitations: InvitationsService;
  acceptance: AcceptanceService;
  buyers: BuyerAuthService;
  notifications: NotificationsService;
  standingOrders: StandingOrdersModule;
  /** Product statuses in Base (R3), within the plan limit (R7). */
  catalogue: CatalogueService;
}

export interface Gateway {
  app: Express;
  services: GatewayServices;
  /** Marks syncs a dead process left running as interrupted and schedules every store's sync (R2). */
  start(): Promise<void>;
  /**
   * Follows the stores as the database has them now: a store another instance added, or whose sync interval it
   * changed, is (re)scheduled here too. start() does this every minute.
   */
  followStores(): Promise<void>;
  /** Stops schedules, lets running syncs finish their current page, and waits for pending writes (SIGTERM). */
  shutdown(): Promise<void>;
}

export async function createGateway(deps: GatewayDeps): Promise<Gateway> {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? createLogger('silent');
  const secrets = new SecretBox(deps.masterKey);
  const tuning = deps.clientTuning ?? {};
  const clients = createClientFactory(secrets, tuning);
  const transaction = <T>(work: () => Promise<T>) => deps.db.transaction(work);
  const jobs = new JobEngine(deps.db, deps.jobs);
  jobs.onError((error) => logger.warn({ err: error }, 'job engine error'));
  await jobs.start();
  // A run's job expiring while its instance still runs it is harmless: the retry finds the run owned and alive.
  await jobs.defineQueue('sync', { retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 600 });

  const sessions = createSessionsService(createSessionsRepo(deps.db), clock, deps.sessionTtlHours ?? 12);
  const admins = createAdminsService({
    repo: createAdminsRepo(deps.db),
    sessions,
    throttle: new LoginThrottle(deps.db, clock),
    clock,
  });
  const storesRepo = createStoresRepo(deps.db);
  const versions = createDataVersions(deps.db);
  const catalogue = createCatalogueRepo(deps.db);
  const customers = createCustomersRepo(deps.db, versions);
  const orders = createOrdersRepo(deps.db);
  const cataloguesRepo = createCataloguesRepo(deps.db);
  const statuses = createEffectiveStatuses({ catalogue, catalogues: cataloguesRepo, versions });
  const usage: UsageCounter = {
    storeIds: async () => (await storesRepo.list()).map((store) => store.id),
    listedProducts: (storeId) => statuses.countListed(storeId),
    customersInStore: (storeId) => customers.countInStore(storeId),
  };
  const account = createAccountService(
    createAccountRepo(deps.db),
    usage,
    deps.account ?? { name: 'Supplier', plan: 'base' },
  );
  const stores = createStoresService({ repo: storesRepo, account, secrets, clock, tuning });
  const catalogueService = createCatalogueService({ db: deps.db, catalogue, account, statuses });
  const emailDomain = createEmailDomain({
    db: deps.db,
    clock,
    config: deps.email ?? LOCAL_EMAIL,
    storeName: async (storeId) => (await storesRepo.get(storeId))?.name,
    logger,
    mailer: deps.mailer,
  });
  const publicBaseUrl = (deps.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL).replace(/\/+$/, '');
  // R18a: a status the sync or an import brings in may email the buyer.
  const noticedOrders = withStatusNotices(orders, {
    stores: storesRepo,
    customers,
    email: emailDomain.email,
    publicBaseUrl,
    logger,
  });
  const orderImport = await createOrderImport({
    jobs,
    orders: noticedOrders,
    stores: storesRepo,
    clientFor: clients,
    clock,
  });
  let scheduler: SyncScheduler | undefined;
  const sync = createSyncEngine({
    stores: storesRepo,
    clientFor: clients,
    syncRepo: createSyncRepo(deps.db),
    catalogue,
    customers,
    // R18a: a status the sync brings in may email the buyer.
    orders: noticedOrders,
    limits: account,
    // A buyer session's subject is the contact's `${storeId}:${guid}` (buyer logins arrive with issue 4).
    sessions: {
      revokeContact: async (storeId, contactGuid) =>
        void (await sessions.revokeAll('buyer', `${storeId}:${contactGuid}`)),
    },
    clock,
    nextRunAt: (storeId) => scheduler?.nextRunAt(storeId) ?? null,
    logger,
    dispatch: async (run) =>
      void (await jobs.send('sync', { storeId: run.storeId, runId: run.id }, { id: run.id })),
    transaction,
  });
  await jobs.work<{ storeId: string; runId: string }>('sync', ({ storeId, runId }) =>
    sync.runJob(storeId, runId),
  );
  scheduler = createScheduler({
    runScheduled: (storeId, slot) => sync.startScheduled(storeId, slot),
    clock,
    logger,
  });
  stores.onChange((store) => scheduler?.schedule(store.id, store.syncIntervalMinutes));
  const directory = createCustomerDirectory(customers);
  const invitationsRepo = createInvitationsRepo(deps.db);
  const invitations = createInvitationsService({
    repo: invitationsRepo,
    directory,
    email: emailDomain.email,
    sessions,
    clock,
    publicBaseUrl,
    transaction,
  });
  const customersService = createCustomersService({
    repo: customers,
    directory,
    account,
    access: invitations,
    clock,
  });
  const notifications = createNotificationsService(createNotificationsRepo(deps.db), clock);
  const buyers = createBuyerAuthService({
    repo: invitationsRepo,
    directory,
    stores,
    sessions,
    throttle: new LoginThrottle(deps.db, clock),
  });
  const acceptance = createAcceptanceService({
    repo: invitationsRepo,
    directory,
    stores,
    email: emailDomain.email,
    notifications,
    buyers,
    clock,
    publicBaseUrl,
    transaction,
  });
  const placement = createOrderPlacement({
    catalogue,
    statuses,
    orders,
    email: emailDomain.email,
    clock,
    publicBaseUrl,
    transaction,
    queueImport: orderImport.queue,
  });
  const carts = createCartsRepo(deps.db);
  const ordering = createOrderingService({
    catalogue,
    statuses,
    customers,
    carts,
    clock,
    placement,
    transaction,
  });
  const acting = createActingService({
    repo: createActingRepo(deps.db),
    sessions,
    directory,
    stores,
    clock,
  });
  const standingOrders = createStandingOrdersModule({
    db: deps.db,
    carts,
    catalogue,
    statuses,
    customers,
    stores,
    buyers,
    placement,
    email: emailDomain.email,
    clock,
    publicBaseUrl,
    logger,
  });
  const actingOrders = createActingOrders({
    customers: customersService,
    directory,
    ordering,
    placement,
    transaction,
  });
  const services: GatewayServices = {
    jobs,
    account,
    admins,
    sessions,
    stores,
    clients,
    secrets,
    clock,
    sync,
    scheduler,
    orders,
    placement,
    email: emailDomain.email,
    invitationTemplates: emailDomain.invitationTemplates,
    customers: customersService,
    invitations,
    acceptance,
    buyers,
    notifications,
    standingOrders,
    catalogue: catalogueService,
  };

  const cookie: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: deps.cookieSecure ?? false,
    path: '/',
  };
  const app = express();
  app.disable('x-powered-by');
  app.locals.validateResponses = deps.validateResponses !== false;
  app.set('trust proxy', 'loopback');
  app.use(requestLogging(logger));
  app.use(cookieParser());
  app.use(express.json({ limit: '2mb' }));
  // Cart import (B3) takes a CSV body; the validator then checks it like any other body.
  app.use(express.text({ type: 'text/csv', limit: '1mb' }));
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(spec, { customSiteTitle: 'B2B portal gateway API' }));
  app.get('/openapi.json', (_req, res) => {
    res.json(spec);
  });
  if (deps.storefrontDir) {
    // Ahead of the validator, which answers 404 for any path the spec does not know. Pages are `/#/…`.
    const dir = deps.storefrontDir;
    const isApi = (path: string) =>
      ['/admin', '/store', '/healthz', '/readyz', '/docs', '/openapi.json'].some(
        (x) => path === x || path.startsWith(`${x}/`),
      );
    app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y' }));
    app.use((req, res, next) => {
      if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req.path)) return next();
      res.set('Cache-Control', 'no-cache').sendFile(join(dir, 'index.html'));
    });
  }
  cacheValidatorRouteLookups();
  app.use(
    OpenApiValidator.middleware({
      apiSpec: structuredClone(spec),
      validateRequests: { allErrors: true },
      validateResponses: deps.validateResponses === false ? false : { allErrors: true },
      validateSecurity: false,
      // No endpoint takes multipart uploads: without this the validator adds a multer step to every request.
      fileUploader: false,
      ignorePaths: /^\/(docs|openapi\.json)/,
    }),
  );
  app.use(operationsRouter({ db: deps.db, jobs, stores, clients, clock }));
  app.use(adminLoginRouter(admins, cookie));
  app.use(buyerAccessRouter({ acceptance, buyers }, cookie));
  app.use('/store', requireBuyer(createBuyerContexts({ sessions, buyers, stores, versions, clock }), acting));
  // The catalogue first: it is what buyers ask for most, and every router passed costs each request a little.
  app.use(
    buyerCatalogueRouter({
      catalogue: createBuyerCatalogueService({
        catalogue,
        customers,
        catalogues: cataloguesRepo,
        statuses,
        versions,
        clock,
      }),
      stores,
      sync,
      versions,
    }),
  );
  app.use(buyerSessionRouter(sessions, cookie));
  app.use(actingStoreRouter({ orders: actingOrders, stores }));
  app.use(orderingRouter({ ordering, orders, stores }));
  app.use(standingOrders.buyerRouter());
  app.use(
    repeatBuyingRouter({
      repeat: createRepeatBuying({ catalogue, statuses, customers, carts, orders, clock }),
      stores,
    }),
  );
  app.use('/admin', requireAdmin(sessions, admins));
  app.use(adminSessionsRouter(sessions, cookie));
  app.use(actingAdminRouter(acting, cookie));
  app.use(accountRouter(account));
  app.use(storesRouter(stores));
  app.use(syncRouter(sync, stores));
  app.use(
    catalogueAdminRouter({
      catalogue,
      catalogueService,
      stores,
      sync,
    }),
  );
  app.use(
    cataloguesAdminRouter({
      catalogues: createCataloguesService({
        db: deps.db,
        repo: cataloguesRepo,
        catalogue,
        base: catalogueService,
        customers,
        statuses,
        account,
        clock,
      }),
      categories: createCategoriesService({ repo: cataloguesRepo, catalogue, clock }),
      stores,
    }),
  );
  app.use(customersAdminRouter({ customers: customersService, stores }));
  app.use(pricesAdminRouter(createPriceExplanation({ catalogue, directory, stores, clock })));
  app.use(invitationsAdminRouter({ invitations, stores }));
  app.use(notificationsRouter({ notifications, stores }));
  app.use(emailAdminRouter({ ...emailDomain, stores }));
  app.use(ordersAdminRouter({ orders, stores, directory }));
  app.use(standingOrders.adminRouter());
  app.use(errorHandler(logger));

  let followTimer: NodeJS.Timeout | undefined;
  const followStores = async () => {
    for (const store of await stores.list()) scheduler?.schedule(store.id, store.syncIntervalMinutes);
  };
  return {
    app,
    services,
    followStores,
    async start() {
      followTimer ??= setInterval(() => {
        followStores().catch((error: unknown) => logger.warn({ err: error }, 'could not follow the stores'));
      }, 60_000);
      followTimer.unref();
      await emailDomain.start();
      await sync.recoverInterrupted();
      for (const store of await stores.list()) {
        const last = (await sync.listRuns(store.id, 1))[0];
        scheduler?.schedule(
          store.id,
          store.syncIntervalMinutes,
          firstRunAfter(last?.startedAt ?? null, store.syncIntervalMinutes, clock.now()),
        );
      }
      await standingOrders.schedule.start();
    },
    async shutdown() {
      clearInterval(followTimer);
      scheduler?.stop();
      await standingOrders.schedule.stop();
      await sync.stop();
      await emailDomain.shutdown();
      await jobs.stop();
    },
  };
}
