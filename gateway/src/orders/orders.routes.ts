// /admin/stores/{storeId}/orders: store orders with their customer, store status (R18a) and import state,
// filterable by status, import state, search and days placed, exported as CSV (issue 16 item 8), and one order
// in full (lines, charges, totals, who placed it: R20, R23).
import { type Request, Router } from 'express';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import { sendCsvExport } from '../http/csv-export.ts';
import { pageRequest } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import { statusLabel } from '../stores/order-settings.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { Store } from '../stores/stores.types.ts';
import type { CustomerOrderSettingsService } from './customer-order-settings.service.ts';
import { storeOrdersQuery } from './order-filters.ts';
import { approvalOf, referencesOf } from './order-reference.ts';
import { toBuyerOrder } from './ordering.routes.ts';
import { csvRow, ORDER_CSV_HEADER, orderCsvRow } from './orders.csv.ts';
import type { OrderHistory } from './orders.reader.ts';
import type { Order } from './orders.types.ts';

type StoreOrder = components['schemas']['StoreOrder'];
type StoreOrderDetail = components['schemas']['StoreOrderDetail'];

function toStoreOrder(o: Order, store: Store, customerName: string | null): StoreOrder {
  return {
    id: o.id,
    ...referencesOf(o),
    requiredDate: o.requiredDate ?? null,
    customerGuid: o.customerGuid,
    customerCode: o.customerCode,
    customerName,
    placedByEmail: o.placedByEmail,
    purchaseOrderRef: o.purchaseOrderRef ?? null,
    status: o.status,
    statusLabel: statusLabel(store, o.status),
    importState: o.importState,
    unleashedOrderNumber: o.unleashedOrderNumber,
    importError: o.importError,
    total: o.total,
    createdAt: o.createdAt,
    standingOrderId: o.standingOrderId ?? null,
  };
}

/** The names of the customers of one page of orders, each customer read once. */
async function customerNames(directory: CustomerDirectory, storeId: string, orders: readonly Order[]) {
  const guids = [...new Set(orders.map((o) => o.customerGuid))];
  const customers = await Promise.all(guids.map((guid) => directory.customer(storeId, guid)));
  return new Map(customers.flatMap((c) => (c ? [[c.guid, c.name] as const] : [])));
}

/** The newest orders of the store whose import failed, as the admin's list shows them (the dashboard's). */
export function newestFailedOrders(deps: {
  orders: OrderHistory;
  stores: StoresService;
  directory: CustomerDirectory;
}) {
  return async (storeId: string, limit: number): Promise<StoreOrder[]> => {
    const store = await deps.stores.get(storeId);
    const { items } = await deps.orders.list(
      storeId,
      { importState: 'failed' },
      { page: 1, pageSize: limit },
    );
    const names = await customerNames(deps.directory, storeId, items);
    return items.map((o) => toStoreOrder(o, store, names.get(o.customerGuid) ?? null));
  };
}

/** The list's and the export's filters from the query string (the validator has checked each one). */
const filtersOf = (req: Request) =>
  storeOrdersQuery(
    req.query as {
      status?: string;
      importState?: string;
      search?: string;
      placedFrom?: string;
      placedTo?: string;
      purchaseOrderRef?: string;
    },
  );

export function ordersAdminRouter(deps: {
  orders: OrderHistory;
  stores: StoresService;
  directory: CustomerDirectory;
  customerSettings: CustomerOrderSettingsService;
}): Router {
  const router = Router();
  router.get('/admin/stores/:storeId/orders', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const request = pageRequest(req);
    const { items, total } = await deps.orders.list(store.id, filtersOf(req), request);
    const names = await customerNames(deps.directory, store.id, items);
    res.json({
      ...request,
      total,
      items: items.map((o) => toStoreOrder(o, store, names.get(o.customerGuid) ?? null)),
    });
  });
  router.get('/admin/stores/:storeId/orders/export.csv', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const query = filtersOf(req);
    const headerRow = csvRow(ORDER_CSV_HEADER);
    await sendCsvExport(res, { name: 'orders', storeId: store.id, headerRow }, async (page) => {
      const { items } = await deps.orders.list(store.id, query, page);
      const names = await customerNames(deps.directory, store.id, items);
      return items.map((o) => orderCsvRow(o, names.get(o.customerGuid) ?? '', statusLabel(store, o.status)));
    });
  });
  router.get('/admin/stores/:storeId/orders/:orderId', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    const order = await deps.orders.get(store.id, req.params.orderId);
    if (!order) throw new AppError('not-found', 'The store has no such order.');
    const customer = await deps.directory.customer(store.id, order.customerGuid);
    const { lines, charges, subTotal, taxTotal, deliveryAddress, comment } = toBuyerOrder(order, store);
    const detail: StoreOrderDetail = {
      ...toStoreOrder(order, store, customer?.name ?? null),
      placedOnBehalfBy: order.placedOnBehalfBy ?? null,
      approval: approvalOf(order),
      lines,
      charges,
      subTotal,
      taxTotal,
      deliveryAddress,
      comment,
    };
    res.json(detail);
  });
  router.get('/admin/stores/:storeId/customers/:customerGuid/order-settings', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    res.json(await deps.customerSettings.get(store.id, req.params.customerGuid));
  });
  router.put('/admin/stores/:storeId/customers/:customerGuid/order-settings', async (req, res) => {
    const store = await deps.stores.get(req.params.storeId);
    res.json(await deps.customerSettings.set(store.id, req.params.customerGuid, req.body));
  });
  return router;
}
