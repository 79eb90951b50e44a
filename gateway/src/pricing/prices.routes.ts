// /admin/stores/{storeId}/customers/{customerGuid}/prices/{productGuid}: why a customer pays what it pays (R17a);
// …/price-check: the customer's products where a quantity break raises the unit price.
import { Router } from 'express';
import { queryInteger } from '../http/paging.ts';
import type { PriceCheckService } from './price-check.service.ts';
import type { PriceExplanationService } from './price-explanation.service.ts';

export function pricesAdminRouter(prices: PriceExplanationService, check: PriceCheckService): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/customers/:customerGuid/prices/:productGuid', async (req, res) => {
    const { storeId, customerGuid, productGuid } = req.params;
    const quantity = queryInteger(req, 'quantity', 1);
    res.json(await prices.explain(storeId, customerGuid, productGuid, quantity));
  });
  router.get('/admin/stores/:storeId/customers/:customerGuid/price-check', async (req, res) => {
    res.json(await check.check(req.params.storeId, req.params.customerGuid));
  });
  return router;
}
