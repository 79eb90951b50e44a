// Standing order schedules read as people say them (R21).
import { describe, expect, it } from 'vitest';
import { ordinal, scheduleInWords } from './schedule-words.ts';

describe('scheduleInWords', () => {
  it('when the schedule is every period, then it says "Every" and the unit', () => {
    expect(scheduleInWords({ frequency: 'daily', every: 1 })).toBe('Every day');
  });

  it('when the schedule skips periods, then it uses an ordinal (the default is every 2nd week)', () => {
    expect(scheduleInWords({ frequency: 'weekly', every: 2 })).toBe('Every 2nd week');
    expect(scheduleInWords({ frequency: 'monthly', every: 3 })).toBe('Every 3rd month');
  });

  it('when the number is in the teens, then it ends in "th"', () => {
    expect([1, 11, 12, 13, 21, 22, 23, 24].map(ordinal)).toEqual([
      '1st',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '24th',
    ]);
  });
});
