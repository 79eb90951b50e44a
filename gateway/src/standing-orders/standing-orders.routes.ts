// /store/standing-orders… (the signed-in buyer's customer only) and /admin/stores/{storeId}/standing-orders….
import { Router } from 'express';
import { buyerContext } from '../http/auth.ts';
import { pageRequest } from '../http/paging.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { StandingOrderReports } from './standing-orders.report.ts';
import type { StandingOrdersService } from './standing-orders.service.ts';
import type {
  StandingOrderCreate,
  StandingOrderStatus,
  StandingOrderUpdate,
} from './standing-orders.types.ts';
import type { StandingOrderPresenter } from './standing-orders.view.ts';

export function standingOrdersRouter(deps: {
  standingOrders: StandingOrdersService;
  view: StandingOrderPresenter;
  stores: StoresService;
}): Router {
  const router = Router();
  const { standingOrders, view } = deps;
  router.get('/store/standing-orders', async (_req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res.json({ items: await Promise.all((await standingOrders.list(store, buyer)).map(view)) });
  });
  router.post('/store/standing-orders', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res
      .status(201)
      .json(await view(await standingOrders.create(store, buyer, req.body as StandingOrderCreate)));
  });
  router.get('/store/standing-orders/:id', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res.json(await view(await standingOrders.get(store, buyer, req.params.id)));
  });
  router.patch('/store/standing-orders/:id', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    const patch = req.body as StandingOrderUpdate;
    res.json(await view(await standingOrders.update(store, buyer, req.params.id, patch)));
  });
  for (const action of ['pause', 'resume', 'cancel'] as const) {
    router.post(`/store/standing-orders/:id/${action}`, async (req, res) => {
      const { buyer, store } = await buyerContext(res, deps.stores);
      res.json(await view(await standingOrders[action](store, buyer, req.params.id)));
    });
  }
  return router;
}

export function standingOrdersAdminRouter(deps: {
  reports: StandingOrderReports;
  view: StandingOrderPresenter;
  stores: StoresService;
}): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/standing-orders/report', async (req, res) => {
    res.json(await deps.reports.report(await deps.stores.get(req.params.storeId)));
  });
  router.get('/admin/stores/:storeId/standing-orders', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const status = req.query.status as StandingOrderStatus | undefined;
    const request = pageRequest(req);
    const { items, total } = await deps.reports.list(store, status, request);
    res.json({ ...request, total, items: await Promise.all(items.map(deps.view)) });
  });
  return router;
}
