// /admin/stores/{storeId}/orders: store orders with their import state (placing orders comes with issue 5).
import { Router } from 'express';
import { pageOf, pageRequest } from '../http/paging.ts';
import { statusLabel } from '../stores/order-settings.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { OrdersRepo } from './orders.repo.ts';

export function ordersAdminRouter(deps: { orders: OrdersRepo; stores: StoresService }): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/orders', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const orders = await deps.orders.listAll(store.id);
    res.json(
      pageOf(orders, pageRequest(req), (o) => ({
        id: o.id,
        customerGuid: o.customerGuid,
        placedByEmail: o.placedByEmail,
        status: o.status,
        statusLabel: statusLabel(store, o.status),
        importState: o.importState,
        unleashedOrderNumber: o.unleashedOrderNumber,
        importError: o.importError,
        total: o.total,
        createdAt: o.createdAt,
        standingOrderId: o.standingOrderId ?? null,
      })),
    );
  });
  return router;
}
