// express-openapi-validator 5.6 finds a request's operation by compiling a path-to-regexp for every documented
// route on every request (lookupRoute in its openapi.metadata.js), which cost the gateway ~40% of its throughput
// on small answers (`npm run bench:catalogue`). pathToRegexp is pure and its result is only read, so the compile
// is memoised here, on the very module instance the validator requires. Remove when the validator caches it.
import { createRequire } from 'node:module';

type Compile = (path: string, options?: Record<string, unknown>) => unknown;

const validatorRequire = createRequire(createRequire(import.meta.url).resolve('express-openapi-validator'));
const pathToRegexpModule = validatorRequire('path-to-regexp') as { pathToRegexp: Compile; memoised?: true };

/** Installs the memoised compile once per process; safe to call again. */
export function cacheValidatorRouteLookups(): void {
  if (pathToRegexpModule.memoised) return;
  const compile = pathToRegexpModule.pathToRegexp;
  const compiled = new Map<string, unknown>();
  pathToRegexpModule.pathToRegexp = (path, options = {}) => {
    // The validator passes only { sensitive, strict }; anything else is compiled as before.
    const plain = Object.keys(options).every((k) => k === 'sensitive' || k === 'strict');
    if (typeof path !== 'string' || !plain) return compile(path, options);
    const key = `${path}\u0000${options.sensitive === true}${options.strict === true}`;
    let result = compiled.get(key);
    if (result === undefined) {
      result = compile(path, options);
      compiled.set(key, result);
    }
    return result;
  };
  pathToRegexpModule.memoised = true;
}
