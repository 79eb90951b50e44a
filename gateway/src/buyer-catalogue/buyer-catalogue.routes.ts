// /store/products (a page, or one product by code) and /store/categories: the signed-in buyer's catalogue,
// scoped to its store and customer.
import { Router } from 'express';
import type { DataVersions } from '../db/data-versions.ts';
import { buyerStore } from '../http/auth.ts';
import { pageRequest } from '../http/paging.ts';
import { sendUnchangingJson } from '../http/send-json.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { SyncFreshness } from '../sync/sync-freshness.ts';
import type { BuyerCatalogueService } from './buyer-catalogue.service.ts';
import { createStockAge } from './stock-age.ts';

export function buyerCatalogueRouter(deps: {
  catalogue: BuyerCatalogueService;
  stores: StoresService;
  sync: SyncFreshness;
  versions: DataVersions;
}): Router {
  const router = Router();
  const stockAge = createStockAge(deps.sync, deps.versions);
  const answers = new WeakMap<object, { stockSyncedAt: string | null }>();
  router.get('/store/products', async (req, res) => {
    const buyer = res.locals.buyer as Buyer;
    const store = await buyerStore(res, deps.stores);
    const page = await deps.catalogue.page(store, buyer.customer.guid, {
      ...pageRequest(req),
      search: typeof req.query.search === 'string' ? req.query.search : undefined,
      category: typeof req.query.category === 'string' ? req.query.category : undefined,
    });
    const stockSyncedAt = await stockAge(store.id);
    // The answer is kept (and serialised once) while the page and the last stock sync stay the same.
    let answer = answers.get(page);
    if (answer?.stockSyncedAt !== stockSyncedAt) {
      answer = { ...page, stockSyncedAt };
      answers.set(page, answer);
    }
    sendUnchangingJson(res, answer);
  });
  router.get('/store/products/:productCode', async (req, res) => {
    const buyer = res.locals.buyer as Buyer;
    const store = await buyerStore(res, deps.stores);
    const product = await deps.catalogue.product(store, buyer.customer.guid, String(req.params.productCode));
    res.json({ ...product, stockSyncedAt: await stockAge(store.id) });
  });
  router.get('/store/categories', async (_req, res) => {
    const buyer = res.locals.buyer as Buyer;
    const store = await buyerStore(res, deps.stores);
    res.json({ items: await deps.catalogue.categories(store, buyer.customer.guid) });
  });
  return router;
}
