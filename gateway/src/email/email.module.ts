// Composes the email domain for createGateway: repositories over the gateway's database, the SMTP mailer (or
// one passed in by tests), the invitation template service and the email service with its outbox timer.
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import { type EmailConfig, withDefaults } from './email.config.ts';
import { warmUp } from './email.render.ts';
import { createEmailService, type EmailService } from './email.service.ts';
import { createInvitationTemplateRepo } from './invitation-template.repo.ts';
import {
  createInvitationTemplateService,
  type InvitationTemplateService,
  type StoreNameLookup,
} from './invitation-template.service.ts';
import { createSmtpMailer, type Mailer } from './mailer.ts';
import type { EmailLogger } from './outbox.delivery.ts';
import { createOutboxRepo } from './outbox.repo.ts';

export interface EmailDomainDeps {
  db: PortalDb;
  clock: Clock;
  config: EmailConfig;
  /** The store's name by id (the stores service). */
  storeName: StoreNameLookup;
  logger?: EmailLogger;
  /** Replaces the SMTP mailer built from config.smtp (tests with a fake). */
  mailer?: Mailer;
}

export interface EmailDomain {
  email: EmailService;
  invitationTemplates: InvitationTemplateService;
  /** Loads mjml and starts the outbox timer (production boot). */
  start(): Promise<void>;
  /** Stops the timer, waits for a running pass and closes the SMTP transport. */
  shutdown(): Promise<void>;
}

/** Builds the domain; nothing runs until start(). */
export function createEmailDomain(deps: EmailDomainDeps): EmailDomain {
  const settings = withDefaults(deps.config);
  const mailer = deps.mailer ?? createSmtpMailer(deps.config.smtp);
  const invitationTemplates = createInvitationTemplateService({
    repo: createInvitationTemplateRepo(deps.db),
    clock: deps.clock,
    storeName: deps.storeName,
    timeZone: settings.timeZone,
  });
  const email = createEmailService({
    afterCommit: (callback) => deps.db.afterCommit(callback),
    outbox: createOutboxRepo(deps.db),
    mailer,
    invitationTemplates,
    storeName: deps.storeName,
    clock: deps.clock,
    settings,
    logger: deps.logger,
  });
  return {
    email,
    invitationTemplates,
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
