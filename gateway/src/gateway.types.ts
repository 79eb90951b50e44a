// What createGateway takes and gives: its dependencies, the services tests and scripts reach for, and the
// gateway's lifecycle.
import type { Express } from 'express';
import type { Logger } from 'pino';
import type { AccountService } from './account/account.service.ts';
import type { Plan } from './account/plans.ts';
import type { AdminsService } from './admins/admins.service.ts';
import type { AuditRetention } from './audit/audit.retention.ts';
import type { BuyerAuthService } from './buyer-auth/buyer-auth.service.ts';
import type { CatalogueService } from './catalogue/catalogue.service.ts';
import type { Clock } from './clock.ts';
import type { CustomersService } from './customers/customers.service.ts';
import type { PortalDb } from './db/database.ts';
import type { EmailConfig } from './email/email.config.ts';
import type { EmailDomain } from './email/email.module.ts';
import type { Mailer } from './email/mailer.ts';
import type { RateLimitSettings } from './http/rate-limits.ts';
import type { TrustProxy } from './http/trust-proxy.ts';
import type { JobEngine, JobEngineOptions } from './jobs/job-engine.ts';
import type { OrderHistory } from './orders/orders.reader.ts';
import type { StandingOrdersModule } from './standing-orders/standing-orders.module.ts';
import type { StoresService } from './stores/stores.service.ts';
import type { SyncEngine } from './sync/sync.service.ts';
import type { ClientTuning, UnleashedClientFactory } from './unleashed/client-factory.ts';
import type { WebhookSettings } from './webhooks/webhooks.module.ts';

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
  /** Days audit entries are kept; unset keeps them for good (B5). */
  auditRetentionDays?: number | null;
  /** Email settings; the default sends to an SMTP catcher on 127.0.0.1:1025. */
  email?: EmailConfig;
  /** The built storefront (storefront/dist), served from the same origin in production. */
  storefrontDir?: string;
  /** Origins allowed to call the gateway from another origin (CORS); none by default. */
  corsOrigins?: string[];
  /** Proxies whose X-Forwarded-For names the client (GATEWAY_TRUST_PROXY); none by default. */
  trustProxy?: TrustProxy;
  /** Rate limits of the public endpoints (defaults in http/rate-limits.ts). */
  rateLimits?: RateLimitSettings;
  /** Replaces the SMTP mailer (tests). */
  mailer?: Mailer;
  /** Where people open the portal: invitation links are `${publicBaseUrl}/invitations/${token}`. */
  publicBaseUrl?: string;
  /** Unleashed webhooks: whether stores subscribe (default true; Unleashed then calls `${publicBaseUrl}/webhooks/…`). */
  webhooks?: WebhookSettings;
}

/** The services tests, the demo seed and the benches use directly. */
export interface GatewayServices {
  jobs: JobEngine;
  account: AccountService;
  admins: AdminsService;
  stores: StoresService;
  clients: UnleashedClientFactory;
  clock: Clock;
  sync: SyncEngine;
  orders: OrderHistory;
  email: EmailDomain['email'];
  customers: CustomersService;
  buyers: BuyerAuthService;
  standingOrders: StandingOrdersModule;
  /** Product statuses in Base (R3), within the plan limit (R7). */
  catalogue: CatalogueService;
  /** Queues the audit trail's daily prune (B5); tests call queueDue after moving the clock. */
  auditRetention: AuditRetention;
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
