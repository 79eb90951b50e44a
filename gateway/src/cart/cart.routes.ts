// /store/cart: the signed-in buyer's cart (or the acting admin's), read, changed line by line, or emptied.

import { Router } from 'express';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { CartService } from './cart.service.ts';

export function cartRouter(deps: { cart: CartService; stores: StoresService }): Router {
  const router = Router();
  const context = async (locals: Record<string, unknown>) => {
    const buyer = locals.buyer as Buyer;
    return { buyer, store: await deps.stores.get(buyer.store.id) };
  };
  router.get('/store/cart', async (_req, res) => {
    const { buyer, store } = await context(res.locals);
    res.json(await deps.cart.getCart(store, buyer));
  });
  router.delete('/store/cart', async (_req, res) => {
    const { buyer, store } = await context(res.locals);
    res.json(await deps.cart.empty(store, buyer));
  });
  router.put('/store/cart/lines/:productGuid', async (req, res) => {
    const { buyer, store } = await context(res.locals);
    const { quantity } = req.body as { quantity: number };
    res.json(await deps.cart.setLine(store, buyer, req.params.productGuid, quantity));
  });
  router.delete('/store/cart/lines/:productGuid', async (req, res) => {
    const { buyer, store } = await context(res.locals);
    res.json(await deps.cart.removeLine(store, buyer, req.params.productGuid));
  });
  return router;
}
