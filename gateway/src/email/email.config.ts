// The email domain's settings (filled from the environment by config.ts) and their defaults.
import type { SmtpConfig } from './mailer.ts';

/** How the outbox sends and retries. */
export interface EmailSettings {
  /** The store's fixed system sender, e.g. `B2B Portal <no-reply@portal.example>`; the store name replaces
   * the display name on each message (R12). */
  from: string;
  /** IANA zone for dates in emails. Default UTC. */
  timeZone?: string;
  /** Attempts before a message is failed (the first send included). Default 6. */
  maxAttempts?: number;
  /** Wait after the first failure; doubles each time (1, 2, 4, 8, 16 min). Default 60 000 ms. */
  retryBaseMs?: number;
  /** How often start()'s safety sweep looks for due messages their jobs missed. Default 300 000 ms. */
  pollIntervalMs?: number;
  /** Sent and failed messages older than this are pruned from the outbox. Default null: every message is kept
   * (B6); a supplier that must not keep mail for long sets a number of days. */
  retentionDays?: number | null;
}

/** Everything the email domain needs from config.ts. */
export interface EmailConfig extends EmailSettings {
  smtp: SmtpConfig;
}

/** The defaults of the optional settings. */
export const EMAIL_DEFAULTS = {
  timeZone: 'UTC',
  maxAttempts: 6,
  retryBaseMs: 60_000,
  pollIntervalMs: 300_000,
  retentionDays: null,
} satisfies Required<Omit<EmailSettings, 'from'>>;

/** Settings with every default applied; a time zone Intl does not know stops the boot. */
export function withDefaults(settings: EmailSettings): Required<EmailSettings> {
  const timeZone = settings.timeZone ?? EMAIL_DEFAULTS.timeZone;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
  } catch {
    throw new Error(`The email time zone must be an IANA zone such as Pacific/Auckland (got "${timeZone}").`);
  }
  return {
    from: settings.from,
    timeZone,
    maxAttempts: settings.maxAttempts ?? EMAIL_DEFAULTS.maxAttempts,
    retryBaseMs: settings.retryBaseMs ?? EMAIL_DEFAULTS.retryBaseMs,
    pollIntervalMs: settings.pollIntervalMs ?? EMAIL_DEFAULTS.pollIntervalMs,
    retentionDays: settings.retentionDays ?? EMAIL_DEFAULTS.retentionDays,
  };
}
