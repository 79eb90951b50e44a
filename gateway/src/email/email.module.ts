// Composes the email domain for createGateway: repositories over the gateway's database, the SMTP mailer (or
// one passed in by tests), the store's email templates, the email service, the outbox's delivery jobs
// (worked from creation, like every queue) and the slow safety sweep that start() adds.
import type { AuditLog } from '../audit/audit-log.ts';
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import type { JobEngine } from '../jobs/job-engine.ts';
import { type EmailConfig, withDefaults } from './email.config.ts';
import { warmUp } from './email.render.ts';
import { createEmailService, type EmailService } from './email.service.ts';
import type { BrandingLookup } from './email.types.ts';
import { createEmailTemplatesRepo } from './email-templates.repo.ts';
import {
  createEmailTemplatesService,
  type EmailTemplatesService,
  type StoreNameLookup,
} from './email-templates.service.ts';
import { createSmtpMailer, type Mailer } from './mailer.ts';
import type { EmailLogger } from './outbox.delivery.ts';
import { createDeliveryJobs } from './outbox.jobs.ts';
import { createOutboxRepo } from './outbox.repo.ts';

export interface EmailDomainDeps {
  db: PortalDb;
  /** The job engine the outbox's delivery jobs run on. */
  jobs: JobEngine;
  clock: Clock;
  /** The audit trail: template edits are recorded (B5). */
  audit: AuditLog;
  config: EmailConfig;
  /** The store's name by id (the stores service). */
  storeName: StoreNameLookup;
  /** The store's logo and colour for every email's layout (issue 16 item 9). */
  branding?: BrandingLookup;
  logger?: EmailLogger;
  /** Replaces the SMTP mailer built from config.smtp (tests with a fake). */
  mailer?: Mailer;
}

export interface EmailDomain {
  email: EmailService;
  templates: EmailTemplatesService;
  /** Loads mjml and starts the outbox's safety sweep (production boot). */
  start(): Promise<void>;
  /** Stops the sweep, waits for a running pass and closes the SMTP transport (stop the job engine first). */
  shutdown(): Promise<void>;
}

/** Builds the domain and starts working its delivery queue; the sweep waits for start(). */
export async function createEmailDomain(deps: EmailDomainDeps): Promise<EmailDomain> {
  const settings = withDefaults(deps.config);
  const mailer = deps.mailer ?? createSmtpMailer(deps.config.smtp);
  const templates = createEmailTemplatesService({
    repo: createEmailTemplatesRepo(deps.db),
    clock: deps.clock,
    storeName: deps.storeName,
    branding: deps.branding,
    timeZone: settings.timeZone,
    audit: deps.audit,
    transaction: (work) => deps.db.transaction(work),
  });
  const outbox = createOutboxRepo(deps.db);
  const transaction = <T>(work: () => Promise<T>) => deps.db.transaction(work);
  const deliveryJobs = await createDeliveryJobs({
    jobs: deps.jobs,
    outbox,
    mailer,
    clock: deps.clock,
    maxAttempts: settings.maxAttempts,
    retryBaseMs: settings.retryBaseMs,
    transaction,
    logger: deps.logger,
  });
  const email = createEmailService({
    afterCommit: (callback) => deps.db.afterCommit(callback),
    outbox,
    queue: deliveryJobs.queue,
    claimMs: deliveryJobs.claimMs,
    transaction,
    mailer,
    templates,
    storeName: deps.storeName,
    branding: deps.branding,
    clock: deps.clock,
    settings,
    logger: deps.logger,
  });
  await deliveryJobs.work();
  return {
    email,
    templates,
    async start() {
      await warmUp();
      email.start();
    },
    async shutdown() {
      await email.stop();
      mailer.close();
    },
  };
}
