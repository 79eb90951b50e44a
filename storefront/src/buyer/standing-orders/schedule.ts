// The dates and schedule a standing order's form starts from (R21); in words they are ui/schedule-words.ts.
import type { StandingOrderSchedule } from '../../api/types.ts';

/** The default schedule: every 2nd week (R21). */
export const DEFAULT_SCHEDULE: StandingOrderSchedule = { frequency: 'weekly', every: 2 };

/** The UTC date `days` from now as `YYYY-MM-DD` (the gateway reads start dates as UTC dates). */
export function utcDate(days = 0, now = Date.now()): string {
  return new Date(now + days * 86_400_000).toISOString().slice(0, 10);
}
