// What every domain module is built from (the infrastructure createGateway makes once, here), and what a
// module gives back: its routers by audience, mounted by http/http-app.ts behind the right guard.
import type { CookieOptions, Router } from 'express';
import type { Logger } from 'pino';
import { type AuditLog, createAuditLog } from './audit/audit-log.ts';
import { type Clock, systemClock } from './clock.ts';
import { createDataVersions, type DataVersions } from './db/data-versions.ts';
import type { PortalDb } from './db/database.ts';
import type { EmailConfig } from './email/email.config.ts';
import type { GatewayDeps } from './gateway.types.ts';
import { createLogger } from './http/logging.ts';
import { JobEngine } from './jobs/job-engine.ts';
import { SecretBox } from './security/secret-box.ts';
import {
  type ClientTuning,
  createClientFactory,
  type UnleashedClientFactory,
} from './unleashed/client-factory.ts';

export interface GatewayContext {
  db: PortalDb;
  /** Per-store data versions: what caches on every instance are keyed by (moved in the writing transaction). */
  versions: DataVersions;
  clock: Clock;
  logger: Logger;
  jobs: JobEngine;
  secrets: SecretBox;
  clients: UnleashedClientFactory;
  tuning: ClientTuning;
  /** Where people open the portal (links in emails), without a trailing slash. */
  publicBaseUrl: string;
  /** How session cookies are set. */
  cookie: CookieOptions;
  /** The audit trail's writer (B5): record inside the change's transaction. */
  audit: AuditLog;
  /** Runs `work` in one database transaction (nested: a savepoint). */
  transaction<T>(work: () => Promise<T>): Promise<T>;
}

/** A module's routers: `public` before any guard, `buyer` under /store, `admin` under /admin. */
export interface ModuleRoutes {
  public?: Router[];
  buyer?: Router[];
  admin?: Router[];
}

export const DEFAULT_PUBLIC_BASE_URL = 'http://127.0.0.1:4000';

export const LOCAL_EMAIL: EmailConfig = {
  from: 'B2B Portal <no-reply@portal.example>',
  smtp: { host: '127.0.0.1', port: 1025, secure: false, ignoreTls: true },
};

/** The infrastructure every module is built from; starts the job engine. */
export async function createContext(deps: GatewayDeps): Promise<GatewayContext> {
  const logger = deps.logger ?? createLogger('silent');
  const secrets = new SecretBox(deps.masterKey);
  const tuning = deps.clientTuning ?? {};
  const jobs = new JobEngine(deps.db, deps.jobs);
  jobs.onError((error) => logger.warn({ err: error }, 'job engine error'));
  await jobs.start();
  const clock = deps.clock ?? systemClock;
  return {
    db: deps.db,
    audit: createAuditLog(deps.db, clock),
    versions: createDataVersions(deps.db),
    clock,
    logger,
    jobs,
    secrets,
    clients: createClientFactory(secrets, tuning),
    tuning,
    publicBaseUrl: (deps.publicBaseUrl ?? DEFAULT_PUBLIC_BASE_URL).replace(/\/+$/, ''),
    cookie: { httpOnly: true, sameSite: 'lax', secure: deps.cookieSecure ?? false, path: '/' },
    transaction: (work) => deps.db.transaction(work),
  };
}
