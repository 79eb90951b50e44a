// Remembers which bodiless reads (GET/HEAD) passed the OpenAPI validator, so the same URL asked again skips it.
// For such a request the validator's verdict depends on the method and the URL alone (no GET operation declares
// header or cookie parameters; that is checked per operation): it finds the operation, decodes the path
// parameters and coerces the query. A URL that passed gets that outcome back (the operation, its path parameters,
// its coerced query) without the validator's four promise hops, its query re-parsing and its ajv run — about a
// seventh of the buyer catalogue's time per request (`npm run bench:catalogue`). Anything that failed, has a body
// or is not a read always goes through the validator, so every 400, 404 and 405 answer is unchanged.
import type { Request, RequestHandler } from 'express';

interface Outcome {
  openapi: { schema?: { parameters?: unknown[] } };
  params: Request['params'];
  query: Record<string, unknown>;
}

/** Past this many distinct URLs (ids and searches in URLs) it starts again. */
const MAX_REMEMBERED_URLS = 2_000;

// biome-ignore lint/suspicious/noExplicitAny: the OpenAPI document, read key by key
type Spec = Record<string, any>;

const isBodilessRead = (req: Request) =>
  (req.method === 'GET' || req.method === 'HEAD') &&
  req.headers['content-length'] === undefined &&
  req.headers['transfer-encoding'] === undefined;

/** Whether an operation's verdict depends on the URL only: none of its parameters is read from headers or cookies. */
function urlOnly(spec: Spec, parameters: unknown[] | undefined): boolean {
  for (const raw of parameters ?? []) {
    const ref = (raw as { $ref?: string }).$ref;
    const parameter = ref
      ? spec.components?.parameters?.[ref.replace('#/components/parameters/', '')]
      : (raw as Spec);
    if (!parameter || (parameter.in !== 'query' && parameter.in !== 'path')) return false;
  }
  return true;
}

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

/**
 * Runs the validator's middlewares (`chain`, the response validator excluded) for each request, except a bodiless
 * read of a URL that passed them before: that one gets the remembered outcome.
 */
export function rememberValidatedReads(spec: Spec, chain: RequestHandler[]): RequestHandler {
  const passed = new Map<string, Outcome>();
  const record = (req: Request, key: string) => {
    const openapi = (req as { openapi?: Outcome['openapi'] }).openapi;
    if (!openapi?.schema || !urlOnly(spec, openapi.schema.parameters)) return;
    if (passed.size >= MAX_REMEMBERED_URLS) passed.clear();
    passed.set(key, {
      openapi,
      params: deepFreeze({ ...req.params }),
      query: deepFreeze(structuredClone(req.query as Record<string, unknown>)),
    });
  };
  return (req, res, next) => {
    const read = isBodilessRead(req);
    const key = `${req.method} ${req.originalUrl}`;
    const known = read ? passed.get(key) : undefined;
    if (known) {
      (req as { openapi?: unknown }).openapi = known.openapi;
      req.params = { ...known.params };
      // As the validator leaves it: an own property holding the coerced query (Express 5 parses on each read).
      Object.defineProperty(req, 'query', { value: { ...known.query }, writable: true, configurable: true });
      return next();
    }
    const step = (at: number) => (error?: unknown) => {
      if (error) return next(error);
      const middleware = chain[at];
      if (!middleware) {
        if (read) record(req, key);
        return next();
      }
      return middleware(req, res, step(at + 1));
    };
    return step(0)();
  };
}
