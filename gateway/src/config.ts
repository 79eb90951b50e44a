// The gateway's configuration, parsed from the environment once; a bad value stops the boot with a readable
// message. Nothing else reads process.env. Secrets have no defaults outside demo mode.
import { resolve } from 'node:path';
import { isUsableSchemaName } from './db/connect.ts';
import type { EmailConfig } from './email/email.config.ts';
import { parseTrustProxy, type TrustProxy } from './http/trust-proxy.ts';

export interface GatewayConfig {
  port: number;
  host: string;
  /** Folder of the lowdb files of earlier versions, or undefined for memory (ignored when databaseUrl is set). */
  dataDir: string | undefined;
  /** PostgreSQL connection string (GATEWAY_DATABASE_URL): the production storage when set. */
  databaseUrl: string | undefined;
  /** The schema of GATEWAY_DATABASE_URL the tables live in (GATEWAY_DATABASE_SCHEMA; default public). */
  databaseSchema: string | undefined;
  /** The embedded PGlite database's folder (GATEWAY_PGLITE_DIR), or 'memory'; used when databaseUrl is unset. */
  pgliteDir: string;
  /**
   * Job engine: how often idle workers look for other instances' jobs, how often dropped jobs are failed over,
   * and (tests only) caps on every queue's expiry and first retry delay.
   */
  jobs: {
    pollingIntervalSeconds: number;
    maintenanceIntervalSeconds: number;
    maxExpireSeconds?: number;
    maxRetryDelaySeconds?: number;
  };
  masterKey: string;
  demo: boolean;
  logLevel: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  validateResponses: boolean;
  /** The built storefront to serve from the same origin (STOREFRONT_DIR; production default storefront/dist). */
  storefrontDir: string | undefined;
  /** Origins allowed to call the gateway cross-origin (GATEWAY_CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** Proxies whose X-Forwarded-For names the client (GATEWAY_TRUST_PROXY: hop count or addresses/CIDRs); none by default. */
  trustProxy: TrustProxy;
  /** Where buyers open the portal (invitation links point here). */
  publicBaseUrl: string;
  /** Subscribe stores to Unleashed webhooks, delivered to `${publicBaseUrl}/webhooks/…` (GATEWAY_WEBHOOKS). */
  webhooks: boolean;
  email: EmailConfig;
  /** Days audit entries are kept (AUDIT_RETENTION_DAYS); null (unset) keeps them for good (B5). */
  auditRetentionDays: number | null;
  bootstrap: {
    adminEmail?: string;
    adminPassword?: string;
    adminName: string;
    accountName: string;
    plan: 'base' | 'premium' | 'premium-plus';
    storeName?: string;
    unleashedBaseUrl?: string;
    unleashedApiId?: string;
    unleashedApiKey?: string;
  };
}

/** Demo values, used only when DEMO=true (npm start). */
export const DEMO_MASTER_KEY = 'demo-master-key-not-for-production';
export const DEMO_ADMIN = { email: 'admin@demo-supplier.example', password: 'DemoAdmin2026' } as const;
/** The demo's ready-made buyer: the seed's DEMO001 default contact. */
export const DEMO_BUYER = {
  customerCode: 'DEMO001',
  email: 'dana@demo-wholesale.example',
  password: 'DemoBuyer2026',
} as const;

const PLANS = ['base', 'premium', 'premium-plus'] as const;

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  }
  return value;
}

/** A whole number in range, or undefined when unset. */
function optionalInteger(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  return env[name] === undefined || env[name] === '' ? undefined : integer(env, name, min, min, max);
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw !== 'true' && raw !== 'false') throw new Error(`${name} must be true or false (got "${raw}").`);
  return raw === 'true';
}

function emailConfig(env: NodeJS.ProcessEnv, demo: boolean): EmailConfig {
  const from = env.EMAIL_FROM ?? (demo ? 'B2B Portal <no-reply@portal.example>' : '');
  if (!/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+>?$/.test(from)) {
    throw new Error(
      `EMAIL_FROM must be an address such as "B2B Portal <no-reply@portal.example>" (got "${from}").`,
    );
  }
  const host = env.SMTP_HOST ?? (demo ? '127.0.0.1' : '');
  if (!host) throw new Error("SMTP_HOST is required (the SMTP relay that sends the store's email).");
  return {
    from,
    timeZone: env.EMAIL_TIME_ZONE,
    maxAttempts: integer(env, 'EMAIL_MAX_ATTEMPTS', 6, 1, 50),
    retryBaseMs: integer(env, 'EMAIL_RETRY_BASE_SECONDS', 60, 1, 86_400) * 1000,
    pollIntervalMs: integer(env, 'EMAIL_POLL_SECONDS', 300, 1, 3600) * 1000,
    // Unset: every email is kept (B6).
    retentionDays: env.EMAIL_RETENTION_DAYS ? integer(env, 'EMAIL_RETENTION_DAYS', 0, 1, 3650) : null,
    smtp: {
      host,
      port: integer(env, 'SMTP_PORT', demo ? 1025 : 587, 1, 65535),
      secure: flag(env, 'SMTP_SECURE', false),
      requireTls: flag(env, 'SMTP_REQUIRE_TLS', false),
      ignoreTls: flag(env, 'SMTP_IGNORE_TLS', demo),
      user: env.SMTP_USER || undefined,
      pass: env.SMTP_PASS || undefined,
    },
  };
}

function corsOrigins(env: NodeJS.ProcessEnv): string[] {
  const listed = (env.GATEWAY_CORS_ORIGINS ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const origin of listed) {
    if (!/^https?:\/\/[^/\s?#]+$/.test(origin))
      throw new Error(
        `GATEWAY_CORS_ORIGINS must list origins such as "https://shop.example" (scheme and host, no path; got "${origin}").`,
      );
  }
  return listed;
}

function databaseSchema(env: NodeJS.ProcessEnv): string | undefined {
  const schema = env.GATEWAY_DATABASE_SCHEMA || undefined;
  if (schema !== undefined && !isUsableSchemaName(schema))
    throw new Error(
      `GATEWAY_DATABASE_SCHEMA must be a lower-case SQL name such as "portal" (got "${schema}").`,
    );
  return schema;
}

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const demo = flag(env, 'DEMO', false);
  const production = env.NODE_ENV === 'production';
  const masterKey = env.GATEWAY_MASTER_KEY ?? (demo ? DEMO_MASTER_KEY : '');
  if (!masterKey)
    throw new Error('GATEWAY_MASTER_KEY is required (32 bytes as base64 or hex, or a long passphrase).');
  if (production && masterKey === DEMO_MASTER_KEY)
    throw new Error('GATEWAY_MASTER_KEY must not be the demo key in production.');
  // The demo runs Premium so the whole default seed (150 customers, ~300 products) fits in the store.
  const plan = (env.ACCOUNT_PLAN || (demo ? 'premium' : 'base')) as GatewayConfig['bootstrap']['plan'];
  if (!PLANS.includes(plan))
    throw new Error(`ACCOUNT_PLAN must be one of ${PLANS.join(', ')} (got "${plan}").`);
  const dataDir = env.GATEWAY_DATA_DIR ?? resolve(import.meta.dirname, '../../.data/gateway');

  return {
    port: integer(env, 'GATEWAY_PORT', 4000, 0, 65535),
    host: env.GATEWAY_HOST ?? '127.0.0.1',
    dataDir: dataDir === 'memory' ? undefined : dataDir,
    databaseUrl: env.GATEWAY_DATABASE_URL || undefined,
    databaseSchema: databaseSchema(env),
    pgliteDir: env.GATEWAY_PGLITE_DIR || resolve(import.meta.dirname, '../../.data/pglite'),
    jobs: {
      pollingIntervalSeconds: integer(env, 'JOBS_POLL_SECONDS', 1, 1, 60),
      maintenanceIntervalSeconds: integer(env, 'JOBS_MAINTENANCE_SECONDS', 30, 1, 3600),
      maxExpireSeconds: optionalInteger(env, 'JOBS_MAX_EXPIRE_SECONDS', 1, 86_400),
      maxRetryDelaySeconds: optionalInteger(env, 'JOBS_MAX_RETRY_DELAY_SECONDS', 1, 86_400),
    },
    masterKey,
    demo,
    logLevel: env.LOG_LEVEL ?? 'info',
    sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    cookieSecure: flag(env, 'COOKIE_SECURE', production),
    validateResponses: flag(env, 'GATEWAY_VALIDATE_RESPONSES', !production),
    storefrontDir:
      env.STOREFRONT_DIR || (production ? resolve(import.meta.dirname, '../../storefront/dist') : undefined),
    corsOrigins: corsOrigins(env),
    trustProxy: parseTrustProxy(env.GATEWAY_TRUST_PROXY),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? 'http://127.0.0.1:4000').replace(/\/+$/, ''),
    webhooks: flag(env, 'GATEWAY_WEBHOOKS', true),
    email: emailConfig(env, demo),
    auditRetentionDays: env.AUDIT_RETENTION_DAYS ? integer(env, 'AUDIT_RETENTION_DAYS', 0, 1, 36_500) : null,
    bootstrap: {
      adminEmail: env.BOOTSTRAP_ADMIN_EMAIL ?? (demo ? DEMO_ADMIN.email : undefined),
      adminPassword: env.BOOTSTRAP_ADMIN_PASSWORD ?? (demo ? DEMO_ADMIN.password : undefined),
      adminName: env.BOOTSTRAP_ADMIN_NAME ?? 'Store admin',
      accountName: env.ACCOUNT_NAME ?? 'Demo Supplier Ltd',
      plan,
      storeName: env.BOOTSTRAP_STORE_NAME ?? (demo ? 'Demo Store' : undefined),
      unleashedBaseUrl: env.BOOTSTRAP_UNLEASHED_BASE_URL,
      unleashedApiId: env.BOOTSTRAP_UNLEASHED_API_ID,
      unleashedApiKey: env.BOOTSTRAP_UNLEASHED_API_KEY,
    },
  };
}
