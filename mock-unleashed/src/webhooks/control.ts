// /__control/webhooks: what QA needs beyond Unleashed's own API (signing keys, every delivery, delivery faults,
// and sending everything pending now instead of waiting for the retry schedule). Not part of Unleashed.
import { Router } from 'express';
import type { WebhookFaultRequest } from '../types.ts';
import type { WebhookDispatcher } from './dispatcher.ts';

export function webhookControlRouter(dispatcher: WebhookDispatcher): Router {
  const router = Router();
  const state = () => ({
    subscriptions: dispatcher.subscriptions(),
    deliveries: dispatcher.deliveries(),
    faults: dispatcher.faults.list(),
  });

  router.get('/__control/webhooks', (_req, res) => {
    res.json(state());
  });
  router.post('/__control/webhooks/faults', (req, res) => {
    res.status(201).json(dispatcher.faults.add(req.body as WebhookFaultRequest));
  });
  router.delete('/__control/webhooks/faults', (_req, res) => {
    dispatcher.faults.clear();
    res.status(204).end();
  });
  router.post('/__control/webhooks/flush', async (_req, res) => {
    await dispatcher.flush();
    res.json(state());
  });
  return router;
}
