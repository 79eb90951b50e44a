import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cacheValidatorRouteLookups } from './validator-route-cache.ts';

const validatorRequire = createRequire(createRequire(import.meta.url).resolve('express-openapi-validator'));
type Compiled = { regexp: RegExp; keys: { name: string }[] };
const ptr = validatorRequire('path-to-regexp') as {
  pathToRegexp: (path: string, options?: object) => Compiled;
};

describe('the validator route cache', () => {
  it('when a route is compiled twice with the same options, then the first compile is reused and still matches the same paths', () => {
    cacheValidatorRouteLookups();
    cacheValidatorRouteLookups();
    const first = ptr.pathToRegexp('/store/orders/:orderId', { sensitive: false, strict: false });
    const again = ptr.pathToRegexp('/store/orders/:orderId', { sensitive: false, strict: false });
    expect(again).toBe(first);
    expect(first.regexp.exec('/store/orders/abc')?.[1]).toBe('abc');
    expect(first.regexp.test('/store/orders')).toBe(false);
    expect(first.keys.map((k) => k.name)).toEqual(['orderId']);
  });

  it('when the options differ, then each gets its own compile (case-sensitive routing is honoured)', () => {
    cacheValidatorRouteLookups();
    const loose = ptr.pathToRegexp('/Store', { sensitive: false, strict: false });
    const exact = ptr.pathToRegexp('/Store', { sensitive: true, strict: false });
    expect(exact).not.toBe(loose);
    expect(loose.regexp.test('/store')).toBe(true);
    expect(exact.regexp.test('/store')).toBe(false);
  });
});
