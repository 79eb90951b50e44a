// The per-store flood limit: a burst up to the bucket is taken, the next is refused with a wait, stores are
// independent, and the bucket refills with time.
import { describe, expect, it } from 'vitest';
import { FloodLimit } from './flood-limit.ts';

describe('the webhook flood limit', () => {
  it('takes a burst up to its size, then refuses with the seconds to wait, and refills with time', () => {
    let now = 0;
    const limit = new FloodLimit({ burst: 3, perSecond: 2 }, () => now);
    expect([1, 2, 3].map(() => limit.take('a').allowed)).toEqual([true, true, true]);
    expect(limit.take('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limit.take('b').allowed).toBe(true);
    now = 500;
    expect(limit.take('a').allowed).toBe(true);
    expect(limit.take('a').allowed).toBe(false);
  });
});
