// createApp composes the mock Unleashed: the same app serves tests, Pact verification and `npm start`.
// Order for Unleashed paths: call log → signature verdict → faults → 403 unless signed → usage limits →
// body parser → OpenAPI validation → resource routers → Unleashed-shaped errors. /__control, /__assets and
// /__console (the QA console, mounted first) skip the signature, faults and limits (they are not Unleashed).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { parse as parseYaml } from 'yaml';
import { type ApiCredentials, judgeRequest, requireSignature } from './auth.ts';
import { MockClock } from './clock.ts';
import { consoleRouter } from './console/router.ts';
import type { MockContext } from './context.ts';
import { CallLog } from './control/calls.ts';
import { deletionsRouter } from './control/deletions.ts';
import { FaultInjector } from './control/faults.ts';
import { UsageLimits } from './control/limits.ts';
import { controlRouter } from './control/routes.ts';
import { unleashedErrorHandler } from './errors.ts';
import { caseInsensitiveQueryParser, queryParameterNames } from './query.ts';
import { assetsRouter } from './resources/assets.ts';
import { contactsRouter } from './resources/contacts.ts';
import { customersRouter } from './resources/customers.ts';
import { lookupsRouter } from './resources/lookups.ts';
import { productPricesRouter } from './resources/product-prices.ts';
import { productsRouter } from './resources/products.ts';
import { salesOrdersRouter } from './resources/sales-orders.ts';
import { stockOnHandRouter } from './resources/stock-on-hand.ts';
import { ResponseCache } from './respond.ts';
import { generateSeed } from './seed/index.ts';
import { collapseRepeatedSlashes } from './slashes.ts';
import type { MockStore } from './store.ts';
import { webhookControlRouter } from './webhooks/control.ts';
import { WebhookDispatcher } from './webhooks/dispatcher.ts';
import { webhookRouter } from './webhooks/subscriptions.ts';

export const UNLEASHED_SPEC_PATH = resolve(import.meta.dirname, '../../openapi/unleashed.yaml');
// A JSON round trip gives every YAML alias its own copy: the validator adds path-level parameters to each
// operation's list in place, which would leak between paths sharing one anchored list.
const spec = JSON.parse(
  JSON.stringify(parseYaml(readFileSync(UNLEASHED_SPEC_PATH, 'utf8'), { maxAliasCount: -1 })),
);

export interface MockAppOptions {
  store: MockStore;
  credentials: ApiCredentials;
  clock?: MockClock;
  /** Check every response against the spec (dev and test); off in production for speed. Default true. */
  validateResponses?: boolean;
  /** The seed number /__control/reset uses when none is given. Default 42. */
  defaultSeedNumber?: number;
  /** Sizes of the `large` seed when a reset does not say. */
  largeSizes?: { products: number; customers: number };
  /** MOCK_UNLEASHED_CONSOLE_PASSWORD: guards /__console; undefined leaves it open (demo, dev, tests). */
  consolePassword?: string;
  /** Accept http:// webhook endpoints on loopback hosts (Mock choice for development and tests). Default true. */
  allowWebhookLoopbackHttp?: boolean;
  /** Receives the webhook dispatcher (tests stop its timer through it). */
  onWebhookDispatcher?: (dispatcher: WebhookDispatcher) => void;
  /** Called with every unexpected error (a bug in the mock); default: console.error. */
  onUnexpectedError?: (error: unknown) => void;
}

/** Runs `handlers` for Unleashed paths only (everything outside /__…). */
function forUnleashedPaths(handlers: RequestHandler[]): RequestHandler {
  const chain = express.Router();
  chain.use(...handlers);
  return (req, res, next) => (req.path.startsWith('/__') ? next() : chain(req, res, next));
}

/** One validator per process and response setting: it compiles each operation's schemas on first use, so mocks
 * started one after another in one process (the tests) compile them once. Every route lives on a router. */
const validators = new Map<boolean, RequestHandler[]>();
function openApiValidator(validateResponses: boolean): RequestHandler[] {
  const made =
    validators.get(validateResponses) ??
    (OpenApiValidator.middleware({
      apiSpec: spec,
      validateRequests: { allErrors: true, allowUnknownQueryParameters: true },
      validateResponses: validateResponses ? { allErrors: true } : false,
      validateSecurity: false,
      ignorePaths: /^\/__console(\/|$)/,
    }) as RequestHandler[]);
  validators.set(validateResponses, made);
  return made;
}

export function createApp(options: MockAppOptions): Express {
  const clock = options.clock ?? new MockClock();
  const webhooks = new WebhookDispatcher(options.store, clock);
  options.onWebhookDispatcher?.(webhooks);
  const context: MockContext = {
    store: options.store,
    clock,
    cache: new ResponseCache(options.store),
    actor: 'api@mock-unleashed',
    events: webhooks,
  };
  const calls = new CallLog();
  const faults = new FaultInjector();
  const limits = new UsageLimits(clock);
  const validateResponses = options.validateResponses ?? true;
  const large = options.largeSizes ?? { products: 50_000, customers: 10_000 };

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', caseInsensitiveQueryParser(queryParameterNames(spec)));
  app.locals.validateResponses = validateResponses;
  app.use(collapseRepeatedSlashes());

  // The QA console: not Unleashed, so ahead of the call log, signature check, body parser and validator.
  app.use(consoleRouter({ credentials: options.credentials, password: options.consolePassword }));

  app.use(
    forUnleashedPaths([
      calls.recorder(),
      judgeRequest(options.credentials),
      faults.middleware(),
      requireSignature(),
      limits.middleware(),
    ]),
  );
  // A caller that hung up before its body was read (while an injected latency held it) is dropped unread: the
  // body parser skips a closed request, and a handler would run with no body at all.
  app.use((req, _res, next) => {
    if (!req.destroyed) next();
  });
  app.use(express.json({ limit: '20mb' }));
  app.use(openApiValidator(validateResponses));
  app.use(productsRouter(context));
  app.use(productPricesRouter(context));
  app.use(customersRouter(context));
  app.use(contactsRouter(context));
  app.use(stockOnHandRouter(context));
  app.use(salesOrdersRouter(context));
  app.use(lookupsRouter(context));
  app.use(
    webhookRouter({
      store: options.store,
      dispatcher: webhooks,
      allowLoopbackHttp: options.allowWebhookLoopbackHttp ?? true,
    }),
  );
  app.use(webhookControlRouter(webhooks));
  app.use(deletionsRouter(context));
  app.use(assetsRouter(context));
  app.use(
    controlRouter(context, {
      calls,
      faults,
      limits,
      defaultSeedNumber: options.defaultSeedNumber ?? 42,
      resetWebhooks: () => webhooks.reset(),
      seed: (name, seedOptions) =>
        generateSeed(name, {
          seedNumber: seedOptions.seedNumber,
          products: seedOptions.products ?? large.products,
          customers: seedOptions.customers ?? large.customers,
        }),
    }),
  );
  app.use(
    unleashedErrorHandler(
      options.onUnexpectedError ?? ((error) => console.error('mock-unleashed: unexpected error', error)),
    ),
  );
  return app;
}
