// /store/addresses, /store/orders: the signed-in buyer's checkout and orders, scoped to its customer.

import { Router } from 'express';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import { buyerContext } from '../http/auth.ts';
import { pageRequest } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import { statusLabel, statusLabels } from '../stores/order-settings.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { Store } from '../stores/stores.types.ts';
import type { CustomerOrderSettingsService } from './customer-order-settings.service.ts';
import { customerOrdersQuery, type OrderFilters } from './order-filters.ts';
import { approvalOf, referencesOf } from './order-reference.ts';
import type { OrderingService } from './ordering.service.ts';
import type { OrderHistory } from './orders.reader.ts';
import type { Order } from './orders.types.ts';

type BuyerOrder = components['schemas']['BuyerOrder'];

/** The order as its buyer sees it, the status labelled as the store names it (R18a). */
export function toBuyerOrder(order: Order, store: Store): BuyerOrder {
  const {
    type: _type,
    isDefault: _isDefault,
    ...address
  } = order.deliveryAddress ?? { type: 'Shipping', isDefault: false };
  return {
    id: order.id,
    ...referencesOf(order),
    requiredDate: order.requiredDate ?? null,
    status: order.status,
    statusLabel: statusLabel(store, order.status),
    placedByEmail: order.placedByEmail,
    unleashedOrderNumber: order.unleashedOrderNumber,
    lines: order.lines.map((l) => ({
      code: l.productCode,
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      lineTotal: l.lineTotal,
      ...(l.backorderQuantity ? { backorderQuantity: l.backorderQuantity } : {}),
    })),
    charges: order.charges.map((c) => ({ description: c.description, amount: c.amount })),
    subTotal: order.subTotal,
    taxTotal: order.taxTotal,
    total: order.total,
    deliveryAddress: order.deliveryAddress ? address : null,
    comment: order.comment,
    purchaseOrderRef: order.purchaseOrderRef ?? null,
    createdAt: order.createdAt,
    standingOrderId: order.standingOrderId ?? null,
    approval: approvalOf(order),
  };
}

export function orderingRouter(deps: {
  ordering: OrderingService;
  orders: OrderHistory;
  stores: StoresService;
  customerSettings: CustomerOrderSettingsService;
}): Router {
  const router = Router();
  router.get('/store/addresses', async (_req, res) => {
    const { buyer } = await buyerContext(res, deps.stores);
    res.json({ items: await deps.ordering.addresses(buyer) });
  });
  router.post('/store/orders', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res.status(201).json(toBuyerOrder(await deps.ordering.placeOrder(store, buyer, req.body), store));
  });
  router.get('/store/orders', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    const query = customerOrdersQuery(buyer.customer.guid, req.query as OrderFilters);
    const request = pageRequest(req);
    const { items, total } = await deps.orders.list(store.id, query, request);
    res.json({ ...request, total, items: items.map((order) => toBuyerOrder(order, store)) });
  });
  router.get('/store/order-statuses', async (_req, res) => {
    const { store } = await buyerContext(res, deps.stores);
    res.json({ items: statusLabels(store) });
  });
  router.get('/store/checkout-settings', async (_req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    res.json(await deps.customerSettings.settingsOf(store.id, buyer.customer.guid));
  });
  router.get('/store/orders/:orderId', async (req, res) => {
    const { buyer, store } = await buyerContext(res, deps.stores);
    const order = await deps.orders.get(store.id, req.params.orderId);
    // Another customer's order answers exactly like one that does not exist.
    if (!order || order.customerGuid !== buyer.customer.guid)
      throw new AppError('not-found', 'There is no such order.');
    res.json(toBuyerOrder(order, store));
  });
  return router;
}
