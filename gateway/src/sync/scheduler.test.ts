import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../clock.ts';
import { AppError } from '../http/problems.ts';
import { createScheduler, firstRunAfter } from './scheduler.ts';

const MINUTE = 60_000;
const START = new Date('2026-11-02T09:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

const setUp = (runSync = vi.fn(async (_storeId: string, _slot: string) => undefined)) => {
  const scheduler = createScheduler({ runScheduled: runSync, clock: systemClock });
  return { scheduler, runSync };
};

describe('the sync schedule', () => {
  it('runs each store every interval and knows when the next run is', async () => {
    const { scheduler, runSync } = setUp();
    scheduler.schedule('a', 15);
    scheduler.schedule('b', 7);
    expect(scheduler.nextRunAt('a')).toEqual(new Date(START.getTime() + 15 * MINUTE));
    await vi.advanceTimersByTimeAsync(15 * MINUTE);
    expect(runSync.mock.calls.filter(([id]) => id === 'a')).toHaveLength(1);
    expect(runSync.mock.calls.filter(([id]) => id === 'b')).toHaveLength(2);
    expect(runSync).toHaveBeenCalledWith('a', expect.stringMatching(/^\d+m:\d+$/));
    expect(scheduler.nextRunAt('a')).toEqual(new Date(START.getTime() + 30 * MINUTE));
    expect(scheduler.nextRunAt('b')).toEqual(new Date(START.getTime() + 21 * MINUTE));
    scheduler.stop();
  });

  it('moves the next run earlier when the interval shrinks, and keeps it when the interval grows', () => {
    const { scheduler } = setUp();
    scheduler.schedule('a', 60);
    scheduler.schedule('a', 5);
    expect(scheduler.nextRunAt('a')).toEqual(new Date(START.getTime() + 5 * MINUTE));
    scheduler.schedule('a', 30);
    expect(scheduler.nextRunAt('a')).toEqual(new Date(START.getTime() + 5 * MINUTE));
    scheduler.stop();
  });

  it('starts at the given first run, skips a tick while a sync is running, and stops on unschedule', async () => {
    const runSync = vi.fn(async () => {
      throw new AppError('sync-already-running');
    });
    const { scheduler } = setUp(runSync);
    scheduler.schedule('a', 15, new Date(START.getTime() + MINUTE));
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(runSync).toHaveBeenCalledTimes(1);
    expect(scheduler.nextRunAt('a')).toEqual(new Date(START.getTime() + 16 * MINUTE));
    scheduler.unschedule('a');
    expect(scheduler.nextRunAt('a')).toBeNull();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(runSync).toHaveBeenCalledTimes(1);
  });

  it('runs nothing after stop()', async () => {
    const { scheduler, runSync } = setUp();
    scheduler.schedule('a', 15);
    scheduler.stop();
    scheduler.schedule('b', 15);
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(runSync).not.toHaveBeenCalled();
    expect(scheduler.nextRunAt('a')).toBeNull();
  });
});

describe('the first run after a restart', () => {
  it('is one interval after the last run, or soon when that has passed or there was none', () => {
    const now = START;
    expect(firstRunAfter('2026-11-02T08:55:00Z', 15, now)).toEqual(new Date('2026-11-02T09:10:00Z'));
    expect(firstRunAfter('2026-11-02T08:00:00Z', 15, now)).toEqual(new Date('2026-11-02T09:00:10Z'));
    expect(firstRunAfter(null, 15, now)).toEqual(new Date('2026-11-02T09:00:10Z'));
  });
});
