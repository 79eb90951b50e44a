// Stable job ids: the same work gets the same id on every instance, other work another id.
import { describe, expect, it } from 'vitest';
import { stableJobId } from './stable-id.ts';

describe('stable job ids', () => {
  it('when two instances name the same work, then they get the same UUID; other work gets another', () => {
    const id = stableJobId('standing-order-run', 'so-1', '2026-12-07');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stableJobId('standing-order-run', 'so-1', '2026-12-07')).toBe(id);
    expect(stableJobId('standing-order-run', 'so-1', '2026-12-08')).not.toBe(id);
    expect(stableJobId('standing-order-run', 'so-1:2026-12-07')).not.toBe(id);
  });
});
