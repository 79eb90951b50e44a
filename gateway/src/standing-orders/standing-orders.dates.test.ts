import { describe, expect, it } from 'vitest';
import {
  addMonths,
  firstOnOrAfter,
  latestDue,
  nextAfter,
  occurrence,
  occurrencesBetween,
  reminderAt,
  runAt,
} from './standing-orders.dates.ts';

const weekly2 = { frequency: 'weekly', every: 2 } as const;
const monthly = { frequency: 'monthly', every: 1 } as const;

describe('the standing-order calendar (R21)', () => {
  it('when monthly from the 31st, then shorter months run on their last day and long ones on the 31st again', () => {
    expect([0, 1, 2, 3, 4].map((k) => occurrence(monthly, '2026-12-31', k))).toEqual([
      '2026-12-31',
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ]);
    expect(addMonths('2028-01-30', 1)).toBe('2028-02-29');
    expect(occurrence({ frequency: 'monthly', every: 3 }, '2026-11-30', 1)).toBe('2027-02-28');
  });

  it('when daily or weekly every N, then runs are N days or N weeks apart, across month and year ends', () => {
    expect(occurrencesBetween(weekly2, '2026-12-20', '2026-12-20', '2027-01-31')).toEqual([
      '2026-12-20',
      '2027-01-03',
      '2027-01-17',
    ]);
    expect(
      occurrencesBetween({ frequency: 'daily', every: 3 }, '2026-12-30', '2027-01-01', '2027-01-08'),
    ).toEqual(['2027-01-02', '2027-01-05']);
  });

  it('finds the first run date on or after a date, and none before the start', () => {
    expect(firstOnOrAfter(weekly2, '2026-11-04', '2026-11-05')).toBe('2026-11-18');
    expect(firstOnOrAfter(weekly2, '2026-11-04', '2026-11-18')).toBe('2026-11-18');
    expect(firstOnOrAfter(weekly2, '2026-11-04', '2026-10-01')).toBe('2026-11-04');
    expect(firstOnOrAfter(monthly, '2026-01-31', '2026-03-01')).toBe('2026-03-31');
  });

  it('runs at 06:00 UTC on the due date and reminds 2 days before', () => {
    expect(runAt('2026-11-18').toISOString()).toBe('2026-11-18T06:00:00.000Z');
    expect(reminderAt('2026-11-18').toISOString()).toBe('2026-11-16T06:00:00.000Z');
  });

  it('when several run dates passed unseen (downtime), then only the latest of them is due', () => {
    const start = '2026-11-04';
    expect(latestDue(weekly2, start, start, new Date('2026-11-04T05:59:00Z'))).toBeUndefined();
    expect(latestDue(weekly2, start, start, new Date('2026-11-04T06:00:00Z'))).toBe('2026-11-04');
    expect(latestDue(weekly2, start, start, new Date('2026-12-03T12:00:00Z'))).toBe('2026-12-02');
  });

  it('when resumed, then the next run is the first date whose 06:00 UTC run time is still ahead', () => {
    expect(nextAfter(weekly2, '2026-11-04', new Date('2026-11-18T05:00:00Z'))).toBe('2026-11-18');
    expect(nextAfter(weekly2, '2026-11-04', new Date('2026-11-18T07:00:00Z'))).toBe('2026-12-02');
    expect(nextAfter(weekly2, '2026-12-30', new Date('2026-11-18T07:00:00Z'))).toBe('2026-12-30');
  });
});
