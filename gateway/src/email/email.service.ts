// Sending email (issue 4 §4, B6): render, store in the outbox as queued FIRST (nothing is lost when SMTP is
// down) together with the message's delivery job, then this instance makes the first attempt at once; the job
// (outbox.jobs.ts) is what makes sure the message goes out if this instance dies first, and every retry is a
// job too. deliverDue is a slow safety sweep (and what tests call after moving the clock). The sender is the
// store's fixed system address with the store's name as display name (R12). Bodies and links are never logged.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import { AppError } from '../http/problems.ts';
import { type EmailSettings, withDefaults } from './email.config.ts';
import { hasSecrets, renderEmail } from './email.render.ts';
import type { TemplateName, TemplateVariables } from './email.templates.ts';
import type { BrandingLookup } from './email.types.ts';
import type { EmailTemplatesService, StoreNameLookup } from './email-templates.service.ts';
import { type Mailer, parseSender } from './mailer.ts';
import {
  type AttemptQueue,
  CLAIM_MS,
  createDelivery,
  type DeliveryReport,
  type EmailLogger,
} from './outbox.delivery.ts';
import type { OutboxRecord, OutboxRepo, OutboxStatus } from './outbox.repo.ts';

export type { OutboxStatus };

import { type OutboxMessage, type OutboxPage, toMessage, toSummary } from './outbox.view.ts';

export interface EmailServiceDeps {
  outbox: OutboxRepo;
  /** Runs a callback once the caller's transaction commits (at once outside one): SMTP never runs inside one. */
  afterCommit?: (callback: () => void) => void;
  mailer: Mailer;
  /** Queues a message's delivery job (outbox.jobs.ts). */
  queue: AttemptQueue;
  /** Runs `work` in one transaction (a nested call joins the caller's). */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  /** The store's edited subject and body of each template (issue 16 item 9). */
  templates: Pick<EmailTemplatesService, 'contentFor'>;
  storeName: StoreNameLookup;
  /** The store's logo and colour for the layout (none when absent). */
  branding?: BrandingLookup;
  clock: Clock;
  settings: EmailSettings;
  logger?: EmailLogger;
  /** How long an attempt holds its message (outbox.jobs.ts; default CLAIM_MS). */
  claimMs?: number;
}

export interface EmailService {
  /**
   * Renders `template` for one recipient and stores it as queued with its delivery job (inside the caller's
   * transaction when there is one); then, unless `deliverNow` is false, this instance makes the first attempt
   * once that commits (awaited outside a transaction), else the job makes it at once. Delivery failures never
   * throw: the message stays queued for a retry. Returns the message.
   */
  send<N extends TemplateName>(
    storeId: string,
    template: N,
    to: string,
    variables: TemplateVariables[N],
    /** `storeWording` false: the default text, not the store's edit (a message that is not the store's to word). */
    options?: { deliverNow?: boolean; storeWording?: boolean },
  ): Promise<OutboxMessage>;
  /**
   * The safety sweep: attempts every due message once (single-flight; stops at the first sign the server is
   * down, leaving the rest due) and prunes sent and failed messages past retention, when one is set (B6). Due messages normally go by
   * their jobs; this catches one whose job ran early (clock skew) or that was queued without one.
   */
  deliverDue(): Promise<DeliveryReport>;
  /** A store's outbox, newest first. page from 1; pageSize 1–200 (default 50). */
  listOutbox(
    storeId: string,
    query?: { status?: OutboxStatus; page?: number; pageSize?: number },
  ): Promise<OutboxPage>;
  /** One message with its body (links with tokens masked); not-found when it is not this store's. */
  getMessage(storeId: string, id: string): Promise<OutboxMessage>;
  /** Runs the sweep now (messages left from before a restart) and then every pollIntervalMs (5 min). */
  start(): void;
  /** Stops the timer and waits for a running pass. */
  stop(): Promise<void>;
}

const finiteOr = (value: number | undefined, fallback: number) =>
  value !== undefined && Number.isFinite(value) ? value : fallback;

const FIRST_ATTEMPT_GRACE_SECONDS = 30;

const EMAIL_PATTERN = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

/** The service; other domains send through it. Throws at creation when the sender or time zone is invalid. */
export function createEmailService(deps: EmailServiceDeps): EmailService {
  const settings = withDefaults(deps.settings);
  const system = parseSender(settings.from);
  const { outbox, clock } = deps;
  const delivery = createDelivery({ ...deps, ...settings });
  const firstJobDelay = Math.min(FIRST_ATTEMPT_GRACE_SECONDS, (deps.claimMs ?? CLAIM_MS) / 1000);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<DeliveryReport> | undefined;

  async function pass(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    for (const record of await outbox.listDue(clock.now())) {
      const { outcome, serverDown } = await delivery.attempt(record.id);
      if (outcome !== 'skipped') report[outcome]++;
      // One failed connection is enough: the rest stay due for the next pass instead of each timing out.
      if (serverDown) break;
    }
    if (settings.retentionDays !== null)
      await outbox.pruneFinishedBefore(new Date(clock.now().getTime() - settings.retentionDays * 86_400_000));
    return report;
  }

  function deliverDue(): Promise<DeliveryReport> {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    async send(storeId, template, to, variables, options = {}) {
      const recipient = to.trim();
      if (!EMAIL_PATTERN.test(recipient)) {
        throw new AppError('validation-failed', 'The recipient is not one valid email address.', {
          errors: [{ field: 'to', message: 'is not a valid email address' }],
        });
      }
      const storeName = await deps.storeName(storeId);
      if (storeName === undefined) throw new AppError('not-found', 'There is no such store.');
      const context = {
        storeName,
        timeZone: settings.timeZone,
        content:
          options.storeWording === false ? undefined : await deps.templates.contentFor(storeId, template),
        branding: await deps.branding?.(storeId),
      };
      const sent = await renderEmail(template, variables, context);
      const shown = hasSecrets(template)
        ? await renderEmail(template, variables, context, { mask: true })
        : sent;
      const sender = { name: storeName, address: system.address };
      const now = clock.now().toISOString();
      const record: OutboxRecord = {
        id: randomUUID(),
        storeId,
        template,
        to: recipient,
        from: `${JSON.stringify(sender.name)} <${sender.address}>`,
        sender,
        subject: sent.subject,
        html: shown.html,
        text: shown.text,
        delivery: shown === sent ? null : { html: sent.html, text: sent.text },
        status: 'queued',
        attempts: 0,
        lastError: null,
        nextAttemptAt: now,
        createdAt: now,
        sentAt: null,
        messageId: null,
      };
      await deps.transaction(async () => {
        await outbox.save(record);
        // With an attempt of our own coming right after the commit, the job waits a little so it does not race
        // that attempt (no longer than that attempt's claim); it only matters if this instance dies meanwhile.
        await deps.queue(record, options.deliverNow === false ? 0 : firstJobDelay);
      });
      if (options.deliverNow === false) return toMessage(record);
      if (deps.afterCommit) {
        // Inside a transaction the first attempt waits for the commit (a rollback leaves nothing to send);
        // outside one it runs at once and is awaited, as before.
        let attempted: Promise<unknown> | undefined;
        deps.afterCommit(() => {
          attempted = delivery.attempt(record.id).catch(() => undefined);
        });
        if (attempted) await attempted;
      } else {
        await delivery.attempt(record.id);
      }
      return toMessage((await outbox.get(record.id)) ?? record);
    },
    deliverDue,
    async listOutbox(storeId, query = {}) {
      const page = Math.max(1, Math.floor(finiteOr(query.page, 1)));
      const pageSize = Math.min(200, Math.max(1, Math.floor(finiteOr(query.pageSize, 50))));
      const { items, total } = await outbox.listByStore(storeId, {
        status: query.status,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items: items.map(toSummary), page, pageSize, total, retentionDays: settings.retentionDays };
    },
    async getMessage(storeId, id) {
      const record = await outbox.get(id);
      if (!record || record.storeId !== storeId) throw new AppError('not-found', 'There is no such message.');
      return toMessage(record);
    },
    start() {
      if (timer) return;
      const tick = () =>
        deliverDue().catch((error: unknown) =>
          deps.logger?.error(
            { error: error instanceof Error ? error.message : String(error) },
            'outbox pass failed',
          ),
        );
      timer = setInterval(tick, settings.pollIntervalMs);
      timer.unref();
      void tick();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
