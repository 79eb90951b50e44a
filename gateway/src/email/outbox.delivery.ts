// Delivers outbox messages: one attempt claims the message (`sending`, attempts + 1), hands it to the mailer,
// and records the outcome: sent; queued again after 1, 2, 4, 8, 16 min (base × 2^(attempt − 1)), the retry's
// delivery job committed with it; or failed after the last attempt. A claim lapses after 5 minutes, so a crash
// mid-send is retried, never lost.
import type { Clock } from '../clock.ts';
import type { Mailer } from './mailer.ts';
import type { OutboxEntry, OutboxRecord, OutboxRepo } from './outbox.repo.ts';

/** What names one pending state of a message: its delivery job is keyed by these. */
export type PendingMessage = Pick<OutboxEntry, 'id' | 'attempts' | 'nextAttemptAt'>;

/**
 * Queues the delivery job for a message's next attempt, `startAfterSeconds` from now; inside a transaction it
 * commits with it. One job per (message, attempts, next attempt time), however often it is asked for.
 */
export type AttemptQueue = (message: PendingMessage, startAfterSeconds: number) => Promise<void>;

/**
 * Seconds until `at` by the injected clock, plus one when it is ahead: the job starts by the database's clock
 * and the claim goes by this process's, so a job a little late finds the message due, never a little early.
 */
export function secondsUntil(at: string | null, now: Date): number {
  const ms = (at ? Date.parse(at) : 0) - now.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / 1000) + 1;
}

/** What the delivery logs; pino fits. Fields never include bodies, links or tokens. */
export interface EmailLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface DeliveryDeps {
  outbox: OutboxRepo;
  mailer: Mailer;
  clock: Clock;
  maxAttempts: number;
  retryBaseMs: number;
  logger?: EmailLogger;
  queue: AttemptQueue;
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
  /** How long an attempt's claim holds the message (default CLAIM_MS). */
  claimMs?: number;
}

/** How one pass of deliverDue went. */
export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

export type AttemptOutcome = 'sent' | 'retrying' | 'failed' | 'skipped';

/** An attempt's outcome; `serverDown` when the failure was the server's (unreachable, TLS, login), not the message's. */
export interface AttemptResult {
  outcome: AttemptOutcome;
  serverDown: boolean;
}

/** nodemailer error codes that mean every message would fail the same way right now. */
const SERVER_DOWN_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'EAUTH',
  'ETLS',
  'EREQUIRETLS',
]);

function isServerDown(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && SERVER_DOWN_CODES.has(code);
}

export const CLAIM_MS = 5 * 60_000;
const ERROR_MAX = 300;

/** The delay before the attempt after `attempts` failed ones. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempts - 1);
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > ERROR_MAX ? `${text.slice(0, ERROR_MAX)}…` : text;
}

/**
 * The Message-ID of every attempt at one outbox message. An instance killed after the SMTP server accepted the
 * message but before the outbox marked it sent leaves it to be sent again once its claim lapses (SMTP cannot
 * close that gap, RFC 1047); both copies then carry this one Message-ID, so mail clients and relays that
 * de-duplicate show it once.
 */
export function stableMessageId(message: Pick<OutboxRecord, 'id' | 'sender'>): string {
  const domain = message.sender.address.split('@').pop() || 'portal.invalid';
  return `<outbox-${message.id}@${domain}>`;
}

/** Builds the attempt function; the outbox claim makes each attempt the only one, across processes. */
export function createDelivery(deps: DeliveryDeps) {
  const { outbox, mailer, clock, logger } = deps;
  const iso = (offsetMs = 0) => new Date(clock.now().getTime() + offsetMs).toISOString();

  /** Records a failed attempt: queued for a retry, or failed after the last; `claimed` is the claim's count. */
  async function finish(
    record: OutboxRecord,
    error: unknown,
    claimed = record.attempts,
  ): Promise<AttemptOutcome> {
    const log = {
      outboxId: record.id,
      storeId: record.storeId,
      template: record.template,
      attempts: record.attempts,
    };
    const lastError = errorText(error);
    if (record.attempts >= deps.maxAttempts) {
      await outbox.settle(
        { ...record, status: 'failed', lastError, nextAttemptAt: null, delivery: null },
        claimed,
      );
      logger?.error({ ...log, error: lastError }, 'email failed after the last attempt');
      return 'failed';
    }
    const nextAttemptAt = iso(retryDelayMs(record.attempts, deps.retryBaseMs));
    await deps.transaction(async () => {
      if (await outbox.settle({ ...record, status: 'queued', lastError, nextAttemptAt }, claimed))
        await deps.queue({ ...record, nextAttemptAt }, secondsUntil(nextAttemptAt, clock.now()));
    });
    logger?.warn({ ...log, error: lastError, nextAttemptAt }, 'email not delivered; will retry');
    return 'retrying';
  }

  /**
   * Makes one attempt at a due message. It is skipped when another attempt (this process's or another's) holds
   * it, or it is no longer due or gone: the claim is one statement, so a message is never sent twice at once.
   */
  async function attempt(id: string): Promise<AttemptResult> {
    const claimMs = deps.claimMs ?? CLAIM_MS;
    const claimed = await outbox.claim(id, clock.now(), new Date(clock.now().getTime() + claimMs));
    if (!claimed) return { outcome: 'skipped', serverDown: false };
    if (claimed.attempts > deps.maxAttempts) {
      // The last attempt was claimed and never finished (a crash mid-send): no further try, it fails.
      const last = { ...claimed, attempts: claimed.attempts - 1 };
      const outcome = await finish(last, new Error('The last attempt was interrupted.'), claimed.attempts);
      return { outcome, serverDown: false };
    }
    try {
      const { messageId } = await mailer.deliver({
        messageId: stableMessageId(claimed),
        from: claimed.sender,
        to: claimed.to,
        subject: claimed.subject,
        html: claimed.delivery?.html ?? claimed.html,
        text: claimed.delivery?.text ?? claimed.text,
      });
      await outbox.settle({
        ...claimed,
        status: 'sent',
        sentAt: iso(),
        nextAttemptAt: null,
        lastError: null,
        delivery: null,
        messageId,
      });
      logger?.info(
        { outboxId: id, storeId: claimed.storeId, template: claimed.template, attempts: claimed.attempts },
        'email sent',
      );
      return { outcome: 'sent', serverDown: false };
    } catch (error) {
      return { outcome: await finish(claimed, error), serverDown: isServerDown(error) };
    }
  }

  return { attempt };
}
