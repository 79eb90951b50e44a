// The calendar of a standing order (R21). Dates are UTC calendar dates (YYYY-MM-DD); a run is due at 06:00 UTC
// on its date. Occurrence k is start + k×every days/weeks/months; monthly ones keep the start's day of month and
// fall on the last day of months too short for it (31st → 30 Apr → 31 May), so they never drift.
import type { Schedule } from './standing-orders.types.ts';

/** The hour (UTC) at which a due date's run happens. */
export const RUN_HOUR_UTC = 6;
export const REMINDER_DAYS = 2;
const DAY_MS = 86_400_000;

const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The UTC calendar date of an instant. */
export const dateOf = (at: Date): string => at.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return iso(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
}

/** The date `months` months after `date`, on the same day or the month's last day when it is shorter. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const first = Date.UTC(y, m - 1 + months, 1);
  const target = new Date(first);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)));
}

/** The k-th run date (k = 0 is the start date). */
export function occurrence(schedule: Schedule, startDate: string, k: number): string {
  if (schedule.frequency === 'monthly') return addMonths(startDate, k * schedule.every);
  return addDays(startDate, k * schedule.every * (schedule.frequency === 'weekly' ? 7 : 1));
}

/** Index of the first run date on or after `date` (0 when `date` is before the start). */
function firstIndexOnOrAfter(schedule: Schedule, startDate: string, date: string): number {
  if (date <= startDate) return 0;
  const [y1, m1] = parts(startDate);
  const [y2, m2] = parts(date);
  const span =
    schedule.frequency === 'monthly'
      ? (y2 - y1) * 12 + (m2 - m1)
      : (Date.parse(date) - Date.parse(startDate)) / DAY_MS / (schedule.frequency === 'weekly' ? 7 : 1);
  let k = Math.max(0, Math.floor(span / schedule.every) - 1);
  while (occurrence(schedule, startDate, k) < date) k++;
  return k;
}

/** The first run date on or after `date`. */
export function firstOnOrAfter(schedule: Schedule, startDate: string, date: string): string {
  return occurrence(schedule, startDate, firstIndexOnOrAfter(schedule, startDate, date));
}

/** Run dates from `from` (inclusive) to `to` (exclusive). */
export function occurrencesBetween(
  schedule: Schedule,
  startDate: string,
  from: string,
  to: string,
): string[] {
  const dates: string[] = [];
  for (let k = firstIndexOnOrAfter(schedule, startDate, from); ; k++) {
    const date = occurrence(schedule, startDate, k);
    if (date >= to) return dates;
    dates.push(date);
  }
}

/** When a due date's run happens. */
export const runAt = (date: string): Date =>
  new Date(`${date}T${String(RUN_HOUR_UTC).padStart(2, '0')}:00:00Z`);

/** When the reminder for a due date goes out (REMINDER_DAYS before the run). */
export const reminderAt = (date: string): Date => new Date(runAt(date).getTime() - REMINDER_DAYS * DAY_MS);

/** The latest run date whose run time has come (≤ now), from `next` on; undefined when `next` is not due yet. */
export function latestDue(
  schedule: Schedule,
  startDate: string,
  next: string,
  now: Date,
): string | undefined {
  if (runAt(next) > now) return undefined;
  let due = next;
  for (let k = firstIndexOnOrAfter(schedule, startDate, next) + 1; ; k++) {
    const date = occurrence(schedule, startDate, k);
    if (runAt(date) > now) return due;
    due = date;
  }
}

/**
 * The latest run date whose reminder time has come (≤ now), from `next` on, while its run is still ahead; for a
 * daily schedule that is the run after `next` once `next`'s own reminder has gone (R21: always 2 days ahead).
 */
export function latestReminderDue(
  schedule: Schedule,
  startDate: string,
  next: string,
  now: Date,
): string | undefined {
  const target = latestDue(schedule, startDate, next, new Date(now.getTime() + REMINDER_DAYS * DAY_MS));
  return target && runAt(target) > now ? target : undefined;
}

/** The first run date whose run time is still ahead of `now` (resuming, or after a run). */
export function nextAfter(schedule: Schedule, startDate: string, now: Date): string {
  const today = dateOf(now);
  const candidate = firstOnOrAfter(schedule, startDate, today);
  return runAt(candidate) > now ? candidate : firstOnOrAfter(schedule, startDate, addDays(candidate, 1));
}
