// /store/products and /store/categories: the signed-in buyer's catalogue, scoped to its store and customer.
import { Router } from 'express';
import { pageRequest } from '../http/paging.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { SyncEngine } from '../sync/sync.service.ts';
import type { BuyerCatalogueService } from './buyer-catalogue.service.ts';

export function buyerCatalogueRouter(deps: {
  catalogue: BuyerCatalogueService;
  stores: StoresService;
  sync: SyncEngine;
}): Router {
  const router = Router();
  router.get('/store/products', async (req, res) => {
    const buyer = res.locals.buyer as Buyer;
    const store = await deps.stores.get(buyer.store.id);
    const page = await deps.catalogue.page(store, buyer.customer.guid, {
      ...pageRequest(req),
      search: typeof req.query.search === 'string' ? req.query.search : undefined,
      category: typeof req.query.category === 'string' ? req.query.category : undefined,
    });
    res.json({ ...page, stockSyncedAt: await deps.sync.lastSucceededAt(store.id, 'stock') });
  });
  router.get('/store/categories', async (_req, res) => {
    const buyer = res.locals.buyer as Buyer;
    const store = await deps.stores.get(buyer.store.id);
    res.json({ items: await deps.catalogue.categories(store, buyer.customer.guid) });
  });
  return router;
}
