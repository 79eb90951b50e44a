// Dates, durations and numbers as the pages show them, in the browser's locale.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const number = new Intl.NumberFormat();

/** `2026-05-01T10:00:00Z` → `1 May 2026, 10:00:00` (local time); a missing date → an em dash. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

/** How long from `start` to `end` (or to now): `850 ms`, `12 s`, `3 min 5 s`. */
export function formatDuration(start: string, end: string | null, now = Date.now()): string {
  const ms = Math.max(0, (end ? Date.parse(end) : now) - Date.parse(start));
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** `12345` → `12,345`. */
export function formatNumber(value: number): string {
  return number.format(value);
}

/** `0.15` → `15` (a rate as a percentage, without float noise). */
export function toPercent(rate: number): string {
  return String(Math.round(rate * 10_000) / 100);
}

/** A calendar day `2026-12-10` as the user's locale writes it (e.g. `10 Dec 2026`), whatever their time zone. */
export function formatDay(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}
