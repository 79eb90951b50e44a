// GET /admin/stores/{storeId}/notifications.
import { Router } from 'express';
import type { StoresService } from '../stores/stores.service.ts';
import type { NotificationsService } from './notifications.service.ts';

export function notificationsRouter(deps: {
  notifications: NotificationsService;
  stores: StoresService;
}): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/notifications', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    res.json({ items: await deps.notifications.list(store.id) });
  });
  return router;
}
