// /admin/stores/{storeId}/order-rules, …/customers/{customerGuid}/order-rules and
// …/products/{productGuid}/quantity-rule: the admin's order-rule settings (B4). Admin only (mounted under /admin).
import { Router } from 'express';
import type { StoresService } from '../stores/stores.service.ts';
import type { OrderRules } from './order-rules.service.ts';

export function orderRulesAdminRouter(deps: { rules: OrderRules; stores: StoresService }): Router {
  const router = Router();
  const storeOf = async (storeId: string) => (await deps.stores.get(storeId)).id;
  router.get('/admin/stores/:storeId/order-rules', async (req, res) => {
    res.json(await deps.rules.storeRules(await storeOf(req.params.storeId)));
  });
  router.put('/admin/stores/:storeId/order-rules', async (req, res) => {
    res.json(await deps.rules.setStoreRules(await storeOf(req.params.storeId), req.body));
  });
  router.get('/admin/stores/:storeId/customers/:customerGuid/order-rules', async (req, res) => {
    res.json(await deps.rules.customerRules(await storeOf(req.params.storeId), req.params.customerGuid));
  });
  router.put('/admin/stores/:storeId/customers/:customerGuid/order-rules', async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    res.json(await deps.rules.setCustomerRules(storeId, req.params.customerGuid, req.body));
  });
  router.get('/admin/stores/:storeId/products/:productGuid/quantity-rule', async (req, res) => {
    res.json(await deps.rules.productRule(await storeOf(req.params.storeId), req.params.productGuid));
  });
  router.put('/admin/stores/:storeId/products/:productGuid/quantity-rule', async (req, res) => {
    const storeId = await storeOf(req.params.storeId);
    res.json(await deps.rules.setProductRule(storeId, req.params.productGuid, req.body));
  });
  return router;
}
