// A standing order's schedule (R21) as people say it, and the dates its form starts from.
import type { StandingOrderSchedule } from '../../api/buyer-types.ts';

const UNIT = { daily: 'day', weekly: 'week', monthly: 'month' } as const;
const ORDINAL_SUFFIX = ['th', 'st', 'nd', 'rd'];

/** The default schedule: every 2nd week (R21). */
export const DEFAULT_SCHEDULE: StandingOrderSchedule = { frequency: 'weekly', every: 2 };

/** `{ weekly, 1 }` → `Every week`; `{ weekly, 2 }` → `Every 2nd week`; `{ monthly, 3 }` → `Every 3rd month`. */
export function scheduleInWords({ frequency, every }: StandingOrderSchedule): string {
  const unit = UNIT[frequency];
  return every === 1 ? `Every ${unit}` : `Every ${ordinal(every)} ${unit}`;
}

/** `1` → `1st`, `2` → `2nd`, `11` → `11th`, `22` → `22nd`. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${(!teen && ORDINAL_SUFFIX[n % 10]) || 'th'}`;
}

/** The UTC date `days` from now as `YYYY-MM-DD` (the gateway reads start dates as UTC dates). */
export function utcDate(days = 0, now = Date.now()): string {
  return new Date(now + days * 86_400_000).toISOString().slice(0, 10);
}

/** `2026-05-01` → `1 May 2026` in the browser's locale (read as a calendar date, not a moment). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
