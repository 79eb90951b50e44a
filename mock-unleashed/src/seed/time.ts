// The fixed clock every seed date is derived from, so a seed never depends on when it is generated.
import { toWireDate } from '../dates.ts';

/** 2026-10-01T00:00:00Z: every generated date lies before this. */
export const REFERENCE_TIME = Date.UTC(2026, 9, 1);
/** 2025-01-01T00:00:00Z: the account's history starts here. */
export const HISTORY_START = Date.UTC(2025, 0, 1);
/** Prices that are "not yet valid" start here. */
export const FAR_FUTURE = Date.UTC(2099, 0, 1);

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A whole-second time in [from, to], drawn with `next()` in [0, 1). */
export function timeBetween(next: () => number, from: number, to: number): number {
  const span = Math.max(0, to - from);
  return from + Math.floor((next() * span) / 1000) * 1000;
}

/** Midnight UTC of the day `days` after `ms`. */
export function dayOf(ms: number, days = 0): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days);
}

/** `/Date(ms)/`, re-exported so every seed file writes dates one way. */
export const wire = toWireDate;
