// Usage limits, off by default: a monthly call quota (403 once spent, until the 1st of next month UTC by the
// mock's clock, as Unleashed documents) and a per-minute rate limit (429 with Retry-After).
import type { RequestHandler } from 'express';
import type { MockClock } from '../clock.ts';
import { UnleashedError } from '../errors.ts';
import type { Limits } from '../types.ts';

const monthOf = (ms: number) => {
  const date = new Date(ms);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
};

export class UsageLimits {
  private limits: Limits = { monthlyQuota: null, monthlyUsed: 0, rateLimitPerMinute: null };
  private usedInMonth = -1;
  private minute = -1;
  private usedInMinute = 0;

  constructor(private readonly clock: MockClock) {}

  get(): Limits {
    this.rollMonth();
    return { ...this.limits };
  }

  set(change: Partial<Limits>): Limits {
    this.rollMonth();
    this.limits = { ...this.limits, ...change };
    return this.get();
  }

  reset(): void {
    this.limits = { monthlyQuota: null, monthlyUsed: 0, rateLimitPerMinute: null };
    this.usedInMinute = 0;
  }

  private rollMonth(): void {
    const month = monthOf(this.clock.now());
    if (month !== this.usedInMonth) {
      if (this.usedInMonth !== -1) this.limits.monthlyUsed = 0;
      this.usedInMonth = month;
    }
  }

  /** Middleware: counts the call, or refuses it when a limit is reached. */
  middleware(): RequestHandler {
    return (_req, _res, next) => {
      this.rollMonth();
      const { monthlyQuota, rateLimitPerMinute } = this.limits;
      if (monthlyQuota !== null && this.limits.monthlyUsed >= monthlyQuota) {
        throw new UnleashedError(403, {
          Description: `The monthly API call limit of ${monthlyQuota} has been reached; requests are blocked until the 1st of next month (UTC).`,
        });
      }
      const now = this.clock.now();
      const minute = Math.floor(now / 60_000);
      if (minute !== this.minute) {
        this.minute = minute;
        this.usedInMinute = 0;
      }
      if (rateLimitPerMinute !== null && this.usedInMinute >= rateLimitPerMinute) {
        const retryAfter = Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000));
        throw new UnleashedError(
          429,
          {
            Description: `Rate limit of ${rateLimitPerMinute} requests a minute reached; retry after ${retryAfter} s.`,
          },
          { 'Retry-After': String(retryAfter) },
        );
      }
      this.usedInMinute++;
      this.limits.monthlyUsed++;
      next();
    };
  }
}
