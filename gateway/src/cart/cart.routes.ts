// /store/cart: the signed-in buyer's cart (or the acting admin's), read, changed line by line, or emptied.

import { Router } from 'express';
import { buyerContext } from '../http/auth.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { CartService } from './cart.service.ts';

export function cartRouter(deps: { cart: CartService; stores: StoresService }): Router {
  const router = Router();
  router.get('/store/cart', async (_req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res.json(await deps.cart.getCart(store, buyer));
  });
  router.delete('/store/cart', async (_req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res.json(await deps.cart.empty(store, buyer));
  });
  router.put('/store/cart/lines/:productGuid', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    const { quantity } = req.body as { quantity: number };
    res.json(await deps.cart.setLine(store, buyer, req.params.productGuid, quantity));
  });
  router.delete('/store/cart/lines/:productGuid', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res.json(await deps.cart.removeLine(store, buyer, req.params.productGuid));
  });
  return router;
}
