// /store/approval-settings, /store/approvals, /store/orders/{orderId}/approval|rejection: a customer's approvers
// (or an admin acting as the customer) keep its approval rule and decide its waiting orders (B8); and the admin's
// /admin/stores/{storeId}/customers/{customerGuid}/approval-settings.
import { type Response, Router } from 'express';
import type { ActingRecord } from '../acting/acting.service.ts';
import type { Admin } from '../admins/admins.service.ts';
import { buyerContext } from '../http/auth.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import { toBuyerOrder } from '../orders/ordering.routes.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { ApprovalActor, Approvals } from './approvals.service.ts';

/** The buyer, or the admin acting as its customer (R22), as approvals name them. */
function buyerActor(locals: Record<string, unknown>): ApprovalActor {
  const acting = locals.acting as ActingRecord | undefined;
  if (acting) return { kind: 'acting', email: acting.adminEmail };
  const buyer = locals.buyer as Buyer;
  return { kind: 'contact', email: buyer.contact.email, contactGuid: buyer.contact.guid };
}

export function approvalsBuyerRouter(deps: { approvals: Approvals; stores: StoresService }): Router {
  const router = Router();
  const context = async (res: Response) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    return { store, customerGuid: buyer.customer.guid, actor: buyerActor(res.locals) };
  };
  router.get('/store/approval-settings', async (_req, res) => {
    const { store, customerGuid, actor } = await context(res);
    res.json(await deps.approvals.settings(store.id, customerGuid, actor));
  });
  router.put('/store/approval-settings', async (req, res) => {
    const { store, customerGuid, actor } = await context(res);
    res.json(await deps.approvals.setSettings(store.id, customerGuid, actor, req.body));
  });
  router.get('/store/approvals', async (_req, res) => {
    const { store, customerGuid, actor } = await context(res);
    const orders = await deps.approvals.awaiting(store.id, customerGuid, actor);
    res.json({ items: orders.map((order) => toBuyerOrder(order, store)) });
  });
  router.post('/store/orders/:orderId/approval', async (req, res) => {
    const { store, customerGuid, actor } = await context(res);
    const order = await deps.approvals.approve(store, customerGuid, req.params.orderId, actor);
    res.json(toBuyerOrder(order, store));
  });
  router.post('/store/orders/:orderId/rejection', async (req, res) => {
    const { store, customerGuid, actor } = await context(res);
    const { reason } = req.body as { reason: string };
    const order = await deps.approvals.reject(store, customerGuid, req.params.orderId, actor, reason);
    res.json(toBuyerOrder(order, store));
  });
  return router;
}

export function approvalsAdminRouter(deps: { approvals: Approvals; stores: StoresService }): Router {
  const router = Router();
  const path = '/admin/stores/:storeId/customers/:customerGuid/approval-settings';
  const actorOf = (locals: Record<string, unknown>): ApprovalActor => ({
    kind: 'admin',
    email: (locals.admin as Admin).email,
  });
  router.get(path, async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    res.json(await deps.approvals.settings(store.id, req.params.customerGuid, actorOf(res.locals)));
  });
  router.put(path, async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    res.json(
      await deps.approvals.setSettings(store.id, req.params.customerGuid, actorOf(res.locals), req.body),
    );
  });
  return router;
}
