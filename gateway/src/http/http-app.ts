// The gateway's HTTP pipeline: security headers → request log → CORS (configured origins only) → cookies → buyer
// and admin guards (all but the spec's public operations) → CSRF header on cookie-signed changes → public
// endpoints' rate limits → JSON and CSV within each route's limit → too deep or NUL input refused → /docs → (the
// built storefront) → OpenAPI validation → public routes (operations, admin and buyer sign-in, invitation links) →
// buyer routes → admin routes → problem+json errors.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { Logger } from 'pino';
import swaggerUi from 'swagger-ui-express';
import { parse as parseYaml } from 'yaml';
import type { ModuleRoutes } from '../gateway-context.ts';
import { guardUnlessPublic, publicOperations } from './authenticate-first.ts';
import { limitedBodyParsers } from './body-limits.ts';
import { corsForOrigins, requireCsrfHeaderWithCookies } from './cross-origin.ts';
import { errorHandler } from './error-handler.ts';
import { refuseUnstorableInput } from './input-guards.ts';
import { requestLogging } from './logging.ts';
import { skipUnlessRouted } from './route-prefixes.ts';
import { securityHeaders } from './security-headers.ts';
import type { TrustProxy } from './trust-proxy.ts';
import { rememberValidatedReads } from './validated-reads.ts';
import { cacheValidatorRouteLookups } from './validator-route-cache.ts';

export const GATEWAY_SPEC_PATH = resolve(import.meta.dirname, '../../../openapi/gateway.yaml');
const spec = parseYaml(readFileSync(GATEWAY_SPEC_PATH, 'utf8'));

export interface HttpAppOptions {
  logger: Logger;
  /** Check every response against the spec (dev and test). */
  validateResponses: boolean;
  /** The built storefront (storefront/dist), served from the same origin in production. */
  storefrontDir?: string;
  /** Origins allowed to call cross-origin (CORS); empty keeps CORS closed. */
  corsOrigins: readonly string[];
  /** Proxies whose X-Forwarded-For sets `req.ip` (trust-proxy.ts); false believes none. */
  trustProxy: TrustProxy;
  /** Counts hits on the public endpoints and refuses those past their limit (rate-limits.ts). */
  rateLimits: RequestHandler;
  guards: { buyer: RequestHandler; admin: RequestHandler };
  /** Every module's routes, in the order they are tried within each audience. */
  routes: ModuleRoutes[];
}

const API_PREFIXES = ['/admin', '/store', '/webhooks', '/healthz', '/readyz', '/docs', '/openapi.json'];
const isApi = (path: string) => API_PREFIXES.some((x) => path === x || path.startsWith(`${x}/`));

/** Serves the storefront ahead of the validator, which answers 404 for any path the spec does not know. */
function serveStorefront(app: Express, dir: string): void {
  app.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi(req.path)) return next();
    res.set('Cache-Control', 'no-cache').sendFile(join(dir, 'index.html'));
  });
}

/**
 * One validator per process and response setting, shared by every gateway app the process builds: it compiles
 * each operation's schemas on first use, the largest cost of a start when a process builds gateways one after
 * another (the tests). It keeps nothing per app that the gateway relies on: the path parameters it installs on
 * the first app only (app.param) reach no route, since every route lives on a router.
 */
const validators = new Map<boolean, RequestHandler[]>();
function openApiValidator(validateResponses: boolean): RequestHandler[] {
  const made =
    validators.get(validateResponses) ??
    (OpenApiValidator.middleware({
      apiSpec: structuredClone(spec) as never,
      validateRequests: { allErrors: true },
      validateResponses: validateResponses ? { allErrors: true } : false,
      validateSecurity: false,
      // No endpoint takes multipart uploads: without this the validator adds a multer step to every request.
      fileUploader: false,
      ignorePaths: /^\/(docs|openapi\.json)/,
    }) as RequestHandler[]);
  validators.set(validateResponses, made);
  return made;
}

export function createHttpApp(options: HttpAppOptions): Express {
  const { routes } = options;
  const app = express();
  app.disable('x-powered-by');
  app.locals.validateResponses = options.validateResponses;
  app.set('trust proxy', options.trustProxy);
  app.use(securityHeaders());
  app.use(requestLogging(options.logger));
  app.use(corsForOrigins(options.corsOrigins));
  app.use(cookieParser());
  // Who asks comes first: a caller without a live session learns nothing from how its input would be judged.
  const isPublic = publicOperations(spec);
  app.use('/store', guardUnlessPublic(isPublic, options.guards.buyer));
  app.use('/admin', guardUnlessPublic(isPublic, options.guards.admin));
  app.use(requireCsrfHeaderWithCookies());
  app.use(options.rateLimits);
  // Each route's body limit (413 past it); the cart import (B3) takes CSV, checked by the validator like any body.
  app.use(limitedBodyParsers());
  app.use(refuseUnstorableInput());
  app.use('/docs', swaggerUi.serve, swaggerUi.setup(spec, { customSiteTitle: 'B2B portal gateway API' }));
  app.get('/openapi.json', (_req, res) => {
    res.json(spec);
  });
  if (options.storefrontDir) serveStorefront(app, options.storefrontDir);
  cacheValidatorRouteLookups();
  const validator = openApiValidator(options.validateResponses);
  // The response check (dev and test) runs for every request; the request checks are skipped for reads that passed.
  const checksResponses = (m: RequestHandler) => m.name === 'responseMiddleware';
  app.use(
    rememberValidatedReads(
      spec,
      validator.filter((m) => !checksResponses(m)),
    ),
  );
  for (const check of validator.filter(checksResponses)) app.use(check);
  for (const audience of ['public', 'buyer', 'admin'] as const)
    for (const router of routes.flatMap((r) => r[audience] ?? [])) app.use(skipUnlessRouted(router));
  app.use(errorHandler(options.logger));
  return app;
}
