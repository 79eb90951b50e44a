import { describe, expect, it } from 'vitest';
import { inspectBody } from './input-guards.ts';

describe('what the input guard sees in a body', () => {
  it('when a body nests 5,000 levels, then the walk stops just past the limit without overflowing', () => {
    const deep = JSON.parse(`${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`);
    expect(inspectBody(deep, 32).depth).toBe(33);
    expect(inspectBody({ orderStatuses: { confirmed: { label: 'x' } } }, 32)).toEqual({
      depth: 3,
      nul: false,
    });
  });

  it('when a string value or a key holds NUL, then it is found at any depth', () => {
    expect(inspectBody({ a: [{ b: 'ok\u0000' }] }, 32).nul).toBe(true);
    expect(inspectBody({ 'key\u0000': 1 }, 32).nul).toBe(true);
    expect(inspectBody({ a: ['ü😀\u202e'] }, 32).nul).toBe(false);
  });
});
