// A standing order's schedule (R21) as people say it: "Every day", "Every 2nd week", "Every 3rd month".
import type { components } from '../../../openapi/generated/gateway.d.ts';

type Schedule = components['schemas']['StandingOrderSchedule'];

const UNIT = { daily: 'day', weekly: 'week', monthly: 'month' } as const;

/** `1` → `1st`, `2` → `2nd`, `11` → `11th`, `22` → `22nd`. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** `{ frequency: 'weekly', every: 2 }` → `Every 2nd week`. */
export function scheduleInWords({ frequency, every }: Schedule): string {
  return every === 1 ? `Every ${UNIT[frequency]}` : `Every ${ordinal(every)} ${UNIT[frequency]}`;
}

/** A date-only ISO string (`2026-05-01`) in the browser's locale, read as a calendar date (no time zone shift). */
export function formatDay(date: string | null | undefined): string {
  if (!date) return '—';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** `2026-05` → `May 2026`. */
export function formatMonth(month: string): string {
  return new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
