import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStandingOrderSchedule } from './standing-orders.schedule.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-02T09:00:30Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the standing-order tick', () => {
  it('catches up at start, then looks for due runs every minute until stopped', async () => {
    const runDue = vi.fn(async () => undefined);
    const schedule = createStandingOrderSchedule({ runner: { runDue, idle: async () => undefined } });
    await schedule.start();
    expect(runDue).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(runDue).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runDue).toHaveBeenCalledTimes(4);
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(runDue).toHaveBeenCalledTimes(4);
  });
});
