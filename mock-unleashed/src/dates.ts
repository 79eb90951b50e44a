// Unleashed's date formats: `/Date(ms)/` on the wire, ISO `YYYY-MM-DD[THH:mm:ss]` (UTC) in filters and bodies.

const wirePattern = /^\/Date\((-?\d+)\)\/$/;

/** `/Date(ms)/` for a time in ms since the epoch. */
export function toWireDate(ms: number): string {
  return `/Date(${Math.trunc(ms)})/`;
}

/** ms since the epoch of a `/Date(ms)/` string; null for null or anything else. */
export function fromWireDate(value: string | null | undefined): number | null {
  if (!value) return null;
  const match = wirePattern.exec(value);
  return match ? Number(match[1]) : null;
}

/**
 * ms since the epoch of a filter or body date: `/Date(ms)/`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss[.fff][Z]`,
 * always read as UTC (Unleashed's filters "must be UTC"). Null when it is not a real date.
 */
export function parseUtcDate(value: string): number | null {
  const wire = fromWireDate(value);
  if (wire !== null) return wire;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?Z?)?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = match;
  const ms = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h),
    Number(mi),
    Number(s),
    Number(frac.padEnd(3, '0').slice(0, 3)),
  );
  const check = new Date(ms);
  // Date.UTC rolls 2024-02-31 over into March; a date that does not exist is refused instead.
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return null;
  return ms;
}

/** Midnight UTC of the day that contains `ms` (business dates like OrderDate are date-only). */
export function startOfUtcDay(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
