// POST /webhooks/unleashed/{storeId} (public: Unleashed signs it, no session) and the admin's view of a
// store's webhooks, GET /admin/stores/{storeId}/webhooks (B1).
import { Router } from 'express';
import { queryInteger } from '../http/paging.ts';
import { rawBodyOf } from '../http/raw-body.ts';
import { WEBHOOK_HEADERS } from '../unleashed/webhook-protocol.ts';
import type { Delivery } from './receiver.ts';
import type { IncomingEvent, WebhookReceipt, WebhookStatus } from './webhooks.types.ts';

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function webhookReceiverRouter(receive: (delivery: Delivery) => Promise<WebhookReceipt>): Router {
  const router = Router();
  router.post('/webhooks/unleashed/:storeId', async (req, res) => {
    const receipt = await receive({
      storeId: req.params.storeId,
      rawBody: rawBodyOf(req) ?? '',
      signature: header(req.headers[WEBHOOK_HEADERS.signature]),
      timestamp: header(req.headers[WEBHOOK_HEADERS.timestamp]),
      event: req.body as IncomingEvent,
    });
    res.status(202).json(receipt);
  });
  return router;
}

export function webhookAdminRouter(
  status: (storeId: string, limit: number) => Promise<WebhookStatus>,
): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/webhooks', async (req, res) => {
    const limit = queryInteger(req, 'limit', 20);
    res.json(await status(req.params.storeId, limit));
  });
  return router;
}
