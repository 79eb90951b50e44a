// /admin/stores/{storeId}/sync (status, start now) and its recorded runs (B1).
import { Router } from 'express';
import type { GatewayContext } from '../gateway-context.ts';
import { queryInteger } from '../http/paging.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { SyncEngine } from './sync.service.ts';

export function syncRouter(
  engine: SyncEngine,
  stores: StoresService,
  ctx: Pick<GatewayContext, 'audit' | 'transaction'>,
): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/sync', async (req, res) => {
    const store = await stores.get(req.params.storeId);
    res.json(await engine.status(store.id));
  });
  router.post('/admin/stores/:storeId/sync', async (req, res) => {
    const store = await stores.get(req.params.storeId);
    // The run's claim and its audit entry (B5) commit together.
    const run = await ctx.transaction(async () => {
      const started = await engine.startSync(store.id, 'manual');
      await ctx.audit.record({
        ...{ storeId: store.id, kind: 'sync-requested', recordType: 'sync', recordId: started.id },
        ...{ summary: 'Sync started by hand', before: null, after: null },
      });
      return started;
    });
    res.status(202).json(run);
  });
  router.get('/admin/stores/:storeId/sync/runs', async (req, res) => {
    const store = await stores.get(req.params.storeId);
    const limit = queryInteger(req, 'limit', 20);
    res.json({ items: await engine.listRuns(store.id, limit) });
  });
  router.get('/admin/stores/:storeId/sync/runs/:runId', async (req, res) => {
    const store = await stores.get(req.params.storeId);
    res.json(await engine.getRun(store.id, req.params.runId));
  });
  return router;
}
