// Lets a request pass a module's router without entering it when none of its routes can match: each router entered
// costs every request behind it a little (closures, parameter processing, a match per route), and a request for
// /store/products used to enter the health, admin sign-in and webhook routers before reaching the catalogue.
import type { RequestHandler, Router } from 'express';

interface Layer {
  route?: { path: unknown };
}

/** The first path segment of every route in `router` (lower case), or undefined when that cannot be told. */
function firstSegments(router: Router): Set<string> | undefined {
  const segments = new Set<string>();
  for (const layer of (router as unknown as { stack: Layer[] }).stack) {
    const path = layer.route?.path;
    // A router.use() middleware or a path that is not a plain string may see any request.
    if (typeof path !== 'string') return undefined;
    const segment = /^\/([^/:*?()[\]{}]+)(\/|$)/.exec(path)?.[1];
    if (!segment) return undefined;
    segments.add(segment.toLowerCase());
  }
  return segments;
}

/** `router` behind a check of the request's first path segment (case-blind, as Express routes are); as it is otherwise. */
export function skipUnlessRouted(router: Router): RequestHandler {
  const segments = firstSegments(router);
  if (!segments) return router;
  return (req, res, next) => {
    const path = req.path;
    const end = path.indexOf('/', 1);
    const first = (end === -1 ? path.slice(1) : path.slice(1, end)).toLowerCase();
    if (!segments.has(first)) return next();
    return router(req, res, next);
  };
}
