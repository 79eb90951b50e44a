// /Webhooks: subscriptions created, listed, read, changed and removed through the ordinary signed API, and the
// recorded deliveries (Unleashed's "Monitoring Deliveries"). At most 5 subscriptions; HTTPS endpoints only,
// with loopback http allowed when the mock is told to (Mock choice, for local development and tests).
import { randomBytes, randomUUID } from 'node:crypto';
import { type Request, Router } from 'express';
import { fieldError, notFound, validationError } from '../errors.ts';
import { pageSizeOf, paginate } from '../paginate.ts';
import { sendJson } from '../respond.ts';
import type { MockStore } from '../store.ts';
import type {
  StoredWebhookSubscription,
  WebhookSubscription,
  WebhookSubscriptionUpdate,
  WebhookSubscriptionWrite,
} from '../types.ts';
import type { WebhookDispatcher } from './dispatcher.ts';
import { MAX_SUBSCRIPTIONS_PER_ACCOUNT } from './protocol.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export interface WebhookRouteOptions {
  store: MockStore;
  dispatcher: WebhookDispatcher;
  /** Accept http:// endpoints on loopback hosts (MOCK_UNLEASHED_WEBHOOK_LOOPBACK_HTTP). */
  allowLoopbackHttp: boolean;
}

/** Why `url` cannot be a notification URL, or undefined when it can. */
export function endpointProblem(url: string, allowLoopbackHttp: boolean): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'notificationUrl must be an absolute URL.';
  }
  if (parsed.protocol === 'https:') return undefined;
  if (parsed.protocol === 'http:' && allowLoopbackHttp && LOOPBACK_HOSTS.has(parsed.hostname))
    return undefined;
  return 'notificationUrl must be an HTTPS endpoint.';
}

function publicView(subscription: StoredWebhookSubscription): WebhookSubscription {
  const { signingKey: _secret, ...rest } = subscription;
  return rest;
}

export function webhookRouter(options: WebhookRouteOptions): Router {
  const { store, dispatcher } = options;
  const router = Router();
  const find = (req: Request): StoredWebhookSubscription => {
    const id = String(req.params.subscriptionId).toLowerCase();
    const found = dispatcher.subscriptions().find((s) => s.subscriptionId === id);
    if (!found) throw notFound('Webhook subscription');
    return found;
  };
  const checkUrl = (url: string | undefined) => {
    const problem = url === undefined ? undefined : endpointProblem(url, options.allowLoopbackHttp);
    if (problem) throw validationError([fieldError('notificationUrl', problem, 'Invalid')]);
  };

  router.get('/Webhooks/Subscriptions', (req, res) => {
    const all = dispatcher.subscriptions().map(publicView);
    sendJson(res, 200, paginate(all, 1, pageSizeOf(req.query.pageSize)));
  });

  router.post('/Webhooks/Subscriptions', async (req, res) => {
    const body = req.body as WebhookSubscriptionWrite;
    if (dispatcher.subscriptions().length >= MAX_SUBSCRIPTIONS_PER_ACCOUNT) {
      throw validationError([
        fieldError(
          'Subscription',
          `An account can have at most ${MAX_SUBSCRIPTIONS_PER_ACCOUNT} webhook subscriptions.`,
          'SubscriptionLimitReached',
        ),
      ]);
    }
    checkUrl(body.notificationUrl);
    const now = new Date().toISOString();
    const subscription: StoredWebhookSubscription = {
      subscriptionId: randomUUID(),
      notificationUrl: body.notificationUrl,
      eventTypes: [...body.eventTypes],
      description: body.description ?? null,
      isActive: body.isActive ?? true,
      createdOn: now,
      lastModifiedOn: now,
      signingKey: randomBytes(32).toString('base64'),
    };
    dispatcher.subscriptions().push(subscription);
    await store.commit();
    sendJson(res, 201, subscription);
  });

  router.get('/Webhooks/Subscriptions/:subscriptionId', (req, res) => {
    sendJson(res, 200, publicView(find(req)));
  });

  router.put('/Webhooks/Subscriptions/:subscriptionId', async (req, res) => {
    const subscription = find(req);
    const body = req.body as WebhookSubscriptionUpdate;
    checkUrl(body.notificationUrl);
    if (body.notificationUrl !== undefined) subscription.notificationUrl = body.notificationUrl;
    if (body.eventTypes !== undefined) subscription.eventTypes = [...body.eventTypes];
    if (body.description !== undefined) subscription.description = body.description;
    if (body.isActive !== undefined) subscription.isActive = body.isActive;
    subscription.lastModifiedOn = new Date().toISOString();
    await store.commit();
    sendJson(res, 200, publicView(subscription));
  });

  router.delete('/Webhooks/Subscriptions/:subscriptionId', async (req, res) => {
    const subscription = find(req);
    store.data.webhookSubscriptions = dispatcher.subscriptions().filter((s) => s !== subscription);
    await store.commit();
    res.status(204).end();
  });

  router.get('/Webhooks/Deliveries', (req, res) => {
    const q = req.query;
    const deliveries = dispatcher
      .deliveries()
      .filter(
        (d) =>
          (q.subscriptionId === undefined || d.subscriptionId === String(q.subscriptionId).toLowerCase()) &&
          (q.status === undefined || d.status === q.status) &&
          (q.eventType === undefined || d.eventType === q.eventType),
      );
    sendJson(res, 200, paginate(deliveries, 1, pageSizeOf(q.pageSize)));
  });

  return router;
}
