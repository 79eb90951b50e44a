// express-openapi-validator 5.6 finds a request's operation (lookupRoute in its openapi.metadata.js) by walking
// every documented route on every request, compiling a path-to-regexp for each and allocating as it goes; with
// ~70 paths that walk cost the buyer catalogue more than a quarter of its throughput (`npm run bench:catalogue`).
// Two memos, installed on the very module instances the validator requires, make it cheap without changing what
// it decides:
// - the path-to-regexp compile is memoised (it is pure, and its result is only read);
// - the route a request path matched is remembered, and the next request for that path is looked up among that
//   one route only. The validator still matches, decodes the parameters and validates as before; a path that
//   matched nothing is always looked up among all routes, so 404 and 405 answers are unchanged.
// Remove when the validator indexes its routes.
import { createRequire } from 'node:module';
import type { RequestHandler } from 'express';

type Compile = (path: string, options?: Record<string, unknown>) => unknown;
type RouteMap = Record<string, unknown>;
interface OpenApiContext {
  expressRouteMap: RouteMap;
}
type ApplyMetadata = (context: OpenApiContext, responseApiDoc: unknown) => RequestHandler;

const validatorRequire = createRequire(createRequire(import.meta.url).resolve('express-openapi-validator'));
const pathToRegexpModule = validatorRequire('path-to-regexp') as { pathToRegexp: Compile; memoised?: true };
const metadataModule = validatorRequire('./middlewares/openapi.metadata') as {
  applyOpenApiMetadata: ApplyMetadata;
  memoised?: true;
};

/** Remembered paths per validator; past this many distinct paths (ids in paths) it starts again. */
const MAX_REMEMBERED_PATHS = 2_000;

function memoiseCompile(): void {
  const compile = pathToRegexpModule.pathToRegexp;
  // One map per (sensitive, strict) pair, so a lookup builds no key: the validator asks for every route per request.
  const compiled = Array.from({ length: 4 }, () => new Map<string, unknown>());
  pathToRegexpModule.pathToRegexp = (path, options = {}) => {
    // The validator passes only { sensitive, strict }; anything else is compiled as before.
    let plain = typeof path === 'string';
    for (const k in options) if (k !== 'sensitive' && k !== 'strict') plain = false;
    if (!plain) return compile(path, options);
    const slot = (options.sensitive === true ? 2 : 0) + (options.strict === true ? 1 : 0);
    const cache = compiled[slot] as Map<string, unknown>;
    let result = cache.get(path);
    if (result === undefined) {
      result = compile(path, options);
      cache.set(path, result);
    }
    return result;
  };
  pathToRegexpModule.memoised = true;
}

function rememberMatchedRoutes(): void {
  const apply = metadataModule.applyOpenApiMetadata;
  metadataModule.applyOpenApiMetadata = (context, responseApiDoc) => {
    const all = context.expressRouteMap;
    // lookupRoute reads context.expressRouteMap when it runs, which is synchronously inside the middleware below.
    let candidates = all;
    const narrowed = Object.create(context, { expressRouteMap: { get: () => candidates } }) as OpenApiContext;
    const lookup = apply(narrowed, responseApiDoc);
    const remembered = new Map<string, RouteMap>();
    return (req, res, next) => {
      const path = req.originalUrl.split('?', 1)[0] as string;
      candidates = remembered.get(path) ?? all;
      try {
        return lookup(req, res, next);
      } finally {
        candidates = all;
        const route = (req as { openapi?: { expressRoute?: string } }).openapi?.expressRoute;
        if (route !== undefined && !remembered.has(path) && route in all) {
          if (remembered.size >= MAX_REMEMBERED_PATHS) remembered.clear();
          remembered.set(path, { [route]: all[route] });
        }
      }
    };
  };
  metadataModule.memoised = true;
}

/** Installs both memos once per process, before the validator middleware is created; safe to call again. */
export function cacheValidatorRouteLookups(): void {
  if (!pathToRegexpModule.memoised) memoiseCompile();
  if (!metadataModule.memoised) rememberMatchedRoutes();
}
