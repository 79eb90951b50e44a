// Standing-order schedules in words (R21).
import { describe, expect, it } from 'vitest';
import { ordinal, scheduleInWords } from '../../ui/schedule-words.ts';
import { utcDate } from './schedule.ts';

describe('scheduleInWords', () => {
  it('when the schedule is every 1 period, then it reads "Every week"; otherwise with an ordinal (R21)', () => {
    expect(scheduleInWords({ frequency: 'weekly', every: 1 })).toBe('Every week');
    expect(scheduleInWords({ frequency: 'weekly', every: 2 })).toBe('Every 2nd week');
    expect(scheduleInWords({ frequency: 'monthly', every: 3 })).toBe('Every 3rd month');
    expect(scheduleInWords({ frequency: 'daily', every: 11 })).toBe('Every 11th day');
  });

  it('when a number ends in 1, 2 or 3 outside the teens, then its ordinal is st, nd or rd', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 99].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '99th',
    ]);
  });
});

describe('utcDate', () => {
  it('when asked for tomorrow late in the UTC day, then it is the next UTC date', () => {
    expect(utcDate(1, Date.parse('2026-05-01T23:30:00Z'))).toBe('2026-05-02');
  });
});
