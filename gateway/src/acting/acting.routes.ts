// /admin/stores/{storeId}/acting[-log]: an admin starts and stops acting as a customer (R22); /store/acting/…
// and placing an order while acting (R23). See the spec for how the two cookies move.
import { type CookieOptions, type Request, Router } from 'express';
import type { Admin } from '../admins/admins.service.ts';
import { ADMIN_SESSION_COOKIE, SESSION_COOKIE } from '../http/auth.ts';
import { pageRequest } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import { toBuyerOrder } from '../orders/ordering.routes.ts';
import { sendSession } from '../sessions/session-handlers.ts';
import type { Session } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { ActingRecord, ActingService } from './acting.service.ts';
import type { ActingOrders } from './acting-orders.service.ts';

const cookiesOf = (req: Request) => (req.cookies ?? {}) as Record<string, string | undefined>;
const usesBearer = (req: Request) => req.get('authorization')?.startsWith('Bearer ') ?? false;

/** Admin side (mounted behind requireAdmin). */
export function actingAdminRouter(acting: ActingService, cookie: CookieOptions): Router {
  const router = Router();
  router.post('/admin/stores/:storeId/acting', async (req, res) => {
    const adminSession = res.locals.session as Session;
    const { customerGuid } = req.body as { customerGuid: string };
    const result = await acting.start(
      res.locals.admin as Admin,
      adminSession,
      req.params.storeId,
      customerGuid,
    );
    const cookies = cookiesOf(req);
    const adminToken = cookies[ADMIN_SESSION_COOKIE] ?? cookies[SESSION_COOKIE];
    if (!usesBearer(req) && adminToken)
      res.cookie(ADMIN_SESSION_COOKIE, adminToken, { ...cookie, expires: new Date(adminSession.expiresAt) });
    sendSession(res.status(201), cookie, result);
  });
  router.delete('/admin/stores/:storeId/acting', async (req, res) => {
    await acting.stop((res.locals.admin as Admin).id, req.params.storeId);
    const adminToken = cookiesOf(req)[ADMIN_SESSION_COOKIE];
    if (adminToken) {
      const { expiresAt } = res.locals.session as Session;
      res.cookie(SESSION_COOKIE, adminToken, { ...cookie, expires: new Date(expiresAt) });
      res.clearCookie(ADMIN_SESSION_COOKIE, cookie);
    }
    res.status(204).end();
  });
  router.get('/admin/stores/:storeId/acting-log', async (req, res) => {
    res.json(await acting.log(req.params.storeId, pageRequest(req)));
  });
  return router;
}

/**
 * Buyer side (mounted behind requireBuyer, before the ordering routes): while acting, placing an order goes
 * through the acting rules; a buyer's own session may never name a contact to place for.
 */
export function actingStoreRouter(deps: { orders: ActingOrders; stores: StoresService }): Router {
  const router = Router();
  const actingOf = (locals: Record<string, unknown>) => {
    const record = locals.acting as ActingRecord | undefined;
    if (!record) throw new AppError('forbidden', 'Only an admin acting as the customer can do this.');
    return record;
  };
  router.get('/store/acting/contacts', async (_req, res) => {
    res.json({ items: await deps.orders.contacts(actingOf(res.locals)) });
  });
  router.post('/store/orders', async (req, res, next) => {
    const input = req.body as Parameters<ActingOrders['placeOrder']>[3];
    if (!res.locals.acting) {
      if (input.placedForContactGuid !== undefined) actingOf(res.locals);
      return next();
    }
    const buyer = res.locals.buyer as Buyer;
    const store = await deps.stores.get(buyer.store.id);
    const order = await deps.orders.placeOrder(store, buyer, actingOf(res.locals), input);
    res.status(201).json(toBuyerOrder(order, store));
  });
  return router;
}
