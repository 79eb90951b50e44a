// GET /admin/stores/{storeId}/dashboard: the admin's landing page figures (issue 16 item 8).
import { Router } from 'express';
import type { StoresService } from '../stores/stores.service.ts';
import { type DashboardSources, readDashboard } from './dashboard.service.ts';

export function dashboardRouter(deps: { sources: DashboardSources; stores: StoresService }): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/dashboard', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    res.json(await readDashboard(deps.sources, store.id));
  });
  return router;
}
