// Limits sign-ins per email and per client address: at most 5 attempts that did not succeed in a 15-minute
// window, then further attempts are refused until the window has passed. An attempt is counted BEFORE the
// password is checked, in one atomic statement per key in the shared database, so a burst of parallel attempts
// (on one instance or several) gets at most 5 password checks; a success clears the count.
import { sql } from 'kysely';
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import { AppError } from '../http/problems.ts';

const WINDOW_MS = 15 * 60_000;
const MAX_ATTEMPTS = 5;

export class LoginThrottle {
  constructor(
    private readonly db: PortalDb,
    private readonly clock: Clock,
  ) {}

  /** Counts an attempt for every key; throws too-many-attempts (429, Retry-After) when any key is over. */
  async begin(keys: string[]): Promise<void> {
    const now = this.clock.now();
    const windowFloor = new Date(now.getTime() - WINDOW_MS).toISOString();
    let wait = 0;
    for (const key of keys) {
      const expired = sql<boolean>`login_throttle.window_started_at <= ${windowFloor}`;
      const row = await this.db.q
        .insertInto('loginThrottle')
        .values({ key, attempts: 1, windowStartedAt: now.toISOString() })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            attempts: sql`CASE WHEN ${expired} THEN 1 ELSE login_throttle.attempts + 1 END`,
            windowStartedAt: sql`CASE WHEN ${expired} THEN ${now.toISOString()}::timestamptz ELSE login_throttle.window_started_at END`,
          }),
        )
        .returning(['attempts', 'windowStartedAt'])
        .executeTakeFirstOrThrow();
      if (row.attempts > MAX_ATTEMPTS) {
        wait = Math.max(
          wait,
          Math.ceil((Date.parse(row.windowStartedAt) + WINDOW_MS - now.getTime()) / 1000),
        );
      }
    }
    if (wait > 0) {
      throw new AppError(
        'too-many-attempts',
        `Too many failed sign-ins. Try again in ${wait} seconds.`,
        { retryAfterSeconds: wait },
        { 'Retry-After': String(wait) },
      );
    }
  }

  /** The attempt succeeded: its keys start afresh. */
  async succeed(keys: string[]): Promise<void> {
    await this.db.q.deleteFrom('loginThrottle').where('key', 'in', keys).execute();
  }
}
