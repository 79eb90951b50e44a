// Limits failed sign-ins per email and per client address: after 5 failures in 15 minutes, further attempts
// are refused until the window has passed. In memory: a restart forgives, which is acceptable for this guard.
import type { Clock } from '../clock.ts';
import { AppError } from '../http/problems.ts';

const WINDOW_MS = 15 * 60_000;
const MAX_FAILURES = 5;

export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  /** Seconds to wait before another attempt for any of `keys`, or 0 when allowed. */
  retryAfterSeconds(keys: string[]): number {
    const now = this.clock.now().getTime();
    let wait = 0;
    for (const key of keys) {
      const recent = (this.failures.get(key) ?? []).filter((at) => now - at < WINDOW_MS);
      this.failures.set(key, recent);
      if (recent.length >= MAX_FAILURES)
        wait = Math.max(wait, Math.ceil((recent[0]! + WINDOW_MS - now) / 1000));
    }
    return wait;
  }

  /** Throws too-many-attempts (429 with Retry-After) while any of `keys` is locked out. */
  assertAllowed(keys: string[]): void {
    const wait = this.retryAfterSeconds(keys);
    if (wait > 0) {
      throw new AppError(
        'too-many-attempts',
        `Too many failed sign-ins. Try again in ${wait} seconds.`,
        { retryAfterSeconds: wait },
        { 'Retry-After': String(wait) },
      );
    }
  }

  fail(keys: string[]): void {
    const now = this.clock.now().getTime();
    for (const key of keys) this.failures.set(key, [...(this.failures.get(key) ?? []), now]);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
