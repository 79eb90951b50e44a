// Authentication before the request is read: on /admin and /store, every operation the spec does not mark public
// (`security: []`) passes its guard before the body is parsed or validated, so a caller without a live session
// gets 401 (a caller of the other audience 403) whatever it sends — never a validation answer describing the schema.
import type { RequestHandler } from 'express';

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document, read key by key
type Spec = Record<string, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/** Whether a method and path name an operation the spec leaves open to anyone. */
export function publicOperations(spec: Spec): (method: string, path: string) => boolean {
  const open: { method: string; pattern: RegExp }[] = [];
  for (const [template, item] of Object.entries(spec.paths as Record<string, Spec>)) {
    // Case-blind, as Express routes are: whatever reaches a public route counts as public here.
    const literal = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${literal.replace(/\{[^/}]+\}/g, '[^/]+')}$`, 'i');
    for (const method of METHODS) {
      const security = item[method]?.security ?? spec.security ?? [];
      if (item[method] && security.length === 0) open.push({ method: method.toUpperCase(), pattern });
    }
  }
  // Remembered per method and path (most requests repeat a path), so a request is not tested against every pattern.
  const known = new Map<string, boolean>();
  return (method, path) => {
    const key = `${method} ${path}`;
    let answer = known.get(key);
    if (answer === undefined) {
      answer = open.some((o) => o.method === method && o.pattern.test(path));
      if (known.size >= 2_000) known.clear();
      known.set(key, answer);
    }
    return answer;
  };
}

/**
 * Mount with `app.use(prefix, …)`: runs `guard` unless the request is a public operation or a CORS preflight
 * (OPTIONS never carries credentials; what answers it is decided further on).
 */
export function guardUnlessPublic(
  isPublic: (method: string, path: string) => boolean,
  guard: RequestHandler,
): RequestHandler {
  return async (req, res, next) => {
    if (req.method === 'OPTIONS' || isPublic(req.method, req.baseUrl + req.path)) return next();
    await guard(req, res, next);
  };
}
