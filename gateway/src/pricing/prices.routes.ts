// /admin/stores/{storeId}/customers/{customerGuid}/prices/{productGuid}: why a customer pays what it pays (R17a).
import { Router } from 'express';
import { queryInteger } from '../http/paging.ts';
import type { PriceExplanationService } from './price-explanation.service.ts';

export function pricesAdminRouter(prices: PriceExplanationService): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/customers/:customerGuid/prices/:productGuid', async (req, res) => {
    const { storeId, customerGuid, productGuid } = req.params;
    const quantity = queryInteger(req, 'quantity', 1);
    res.json(await prices.explain(storeId, customerGuid, productGuid, quantity));
  });
  return router;
}
