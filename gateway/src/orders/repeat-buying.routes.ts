// /store/orders/{orderId}/reorder, /store/cart/quick-add, /store/cart/import: repeat buying (B3) for the signed-in
// buyer (or the admin acting as its customer), scoped to its customer and cart.
import { Router } from 'express';
import { buyerContext } from '../http/auth.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { RepeatBuying } from './repeat-buying.service.ts';

export function repeatBuyingRouter(deps: { repeat: RepeatBuying; stores: StoresService }): Router {
  const router = Router();
  router.post('/store/orders/:orderId/reorder', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res.json(await deps.repeat.reorder(store, buyer, req.params.orderId));
  });
  router.post('/store/cart/quick-add', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    const { code, quantity } = req.body as { code: string; quantity: number };
    res.json(await deps.repeat.quickAdd(store, buyer, code, quantity));
  });
  router.post('/store/cart/import', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res.json(await deps.repeat.importCsv(store, buyer, req.body as string));
  });
  return router;
}
