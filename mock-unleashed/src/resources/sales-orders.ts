// /SalesOrders: list (filters of S-SO), one by GUID, create, upsert by GUID, update, complete, delete,
// and delete one line. Writes keep stock allocation in step (see stock-allocation.ts).
import { randomUUID } from 'node:crypto';
import type { Request, Response, Router } from 'express';
import type { MockContext } from '../context.ts';
import { fromWireDate, parseUtcDate, toWireDate } from '../dates.ts';
import { fieldError, notFound, validationError } from '../errors.ts';
import { orderTotals, toBaseCurrency } from '../money.ts';
import { queryList, queryText } from '../query.ts';
import { sendJson } from '../respond.ts';
import type { SalesOrder, SalesOrderUpdate } from '../types.ts';
import { applyFilters, guidListFilter, modifiedSinceFilter, textFilter } from './filters.ts';
import { pagedRoutes } from './paged-routes.ts';
import { buildSalesOrder, WRITABLE_STATUSES } from './sales-order-build.ts';
import { allocate, announceStock, deduct } from './stock-allocation.ts';

function dateFilter(
  value: unknown,
  field: (o: SalesOrder) => string | null | undefined,
  bound: 'after' | 'before',
) {
  const text = queryText(value);
  if (text === undefined) return undefined;
  const limit = parseUtcDate(text) ?? 0;
  return (order: SalesOrder) => {
    const at = fromWireDate(field(order));
    if (at === null) return false;
    return bound === 'after' ? at >= limit : at <= limit;
  };
}

function selectOrders(orders: readonly SalesOrder[], req: Request): readonly SalesOrder[] {
  const q = req.query;
  const orderNumber = queryText(q.orderNumber);
  if (orderNumber !== undefined) return orders.filter((o) => o.OrderNumber === orderNumber);
  const sourceId = queryText(q.sourceId);
  if (sourceId !== undefined) return orders.filter((o) => o.SourceId === sourceId);

  const custom = queryList(q.customOrderStatus);
  const statuses = queryList(q.orderStatus);
  const filtered = applyFilters(orders, [
    custom
      ? (o) => custom.includes((o.CustomOrderStatus ?? '').toLowerCase())
      : statuses
        ? (o) => statuses.includes(o.OrderStatus.toLowerCase())
        : (o) => o.OrderStatus !== 'Deleted',
    modifiedSinceFilter(q.modifiedSince),
    textFilter(q.customerCode, (o) => o.Customer.CustomerCode, 'startsWith'),
    guidListFilter(q.customerId, (o) => o.Customer.Guid),
    textFilter(q.warehouseCode, (o) => o.Warehouse.WarehouseCode, 'exact'),
    dateFilter(q.startDate, (o) => o.OrderDate, 'after'),
    dateFilter(q.endDate, (o) => o.OrderDate, 'before'),
    dateFilter(q.completedAfter, (o) => o.CompletedDate, 'after'),
    dateFilter(q.completedBefore, (o) => o.CompletedDate, 'before'),
  ]);
  // Newest change first; Guid breaks ties so pages are stable.
  return [...filtered].sort(
    (a, b) =>
      (fromWireDate(b.LastModifiedOn) ?? 0) - (fromWireDate(a.LastModifiedOn) ?? 0) ||
      a.Guid.localeCompare(b.Guid),
  );
}

export function salesOrdersRouter(context: MockContext): Router {
  const { store } = context;
  const find = (guid: string) => store.byGuid('salesOrders').get(guid.toLowerCase());

  const router = pagedRoutes<SalesOrder>(context, {
    path: '/SalesOrders',
    what: 'Sales order',
    select: (req) => selectOrders(store.data.salesOrders, req),
    findOne: find,
  });

  /** The order the path names, to complete or delete: 404 when there is none, refused when it is `refused`. */
  const orderToFinish = (
    guid: string,
    refused: SalesOrder['OrderStatus'],
    action: 'completed' | 'deleted',
  ) => {
    const order = find(guid);
    if (!order) throw notFound('Sales order');
    if (order.OrderStatus === refused) {
      throw validationError([
        fieldError('OrderStatus', `A ${refused} order cannot be ${action}.`, 'NotAllowed'),
      ]);
    }
    return order;
  };

  /** The next SO-nnnnnnnn number, skipping any a client has already used for an order of its own. */
  const nextOrderNumber = (): string => {
    const taken = new Set(store.data.salesOrders.map((o) => o.OrderNumber));
    let number = '';
    do {
      number = `SO-${String(store.data.nextOrderNumber++).padStart(8, '0')}`;
    } while (taken.has(number));
    return number;
  };

  /** Creates or replaces the order with this GUID after every check has passed. */
  const write = async (guid: string, body: SalesOrderUpdate, res: Response, mustExist: boolean) => {
    const existing = find(guid);
    if (mustExist && !existing) throw notFound('Sales order');
    const result = buildSalesOrder(context, guid, body, existing);
    if (!result.order) throw validationError(result.problems);
    const order = result.order;
    if (!order.OrderNumber) order.OrderNumber = nextOrderNumber();
    let released: string[] = [];
    if (existing) {
      released = allocate(context, existing, -1);
      store.data.salesOrders[store.data.salesOrders.indexOf(existing)] = order;
    } else {
      store.data.salesOrders.push(order);
    }
    const allocated = allocate(context, order, 1);
    await store.commit();
    context.events.emit(existing ? 'salesorder.updated' : 'salesorder.created', order.Guid);
    announceStock(context, released, allocated);
    sendJson(res, existing ? 200 : 201, order);
  };

  router.post('/SalesOrders', (req, res) => {
    const body = req.body as SalesOrderUpdate;
    return write(body.Guid?.toLowerCase() ?? randomUUID(), body, res, false);
  });
  router.post('/SalesOrders/:guidOrPage', (req, res) =>
    write(req.params.guidOrPage.toLowerCase(), req.body, res, false),
  );
  router.put('/SalesOrders/:guidOrPage', (req, res) =>
    write(req.params.guidOrPage.toLowerCase(), req.body, res, true),
  );

  router.post('/SalesOrders/:salesOrderGuid/Complete', async (req, res) => {
    const order = orderToFinish(req.params.salesOrderGuid, 'Deleted', 'completed');
    if (order.OrderStatus !== 'Completed') {
      const deducted = deduct(context, order);
      const now = toWireDate(context.clock.now());
      Object.assign(order, {
        OrderStatus: 'Completed',
        CompletedDate: now,
        LastModifiedOn: now,
        LastModifiedBy: context.actor,
      });
      await store.commit();
      context.events.emit('salesorder.updated', order.Guid);
      context.events.emit('salesorder.completed', order.Guid);
      announceStock(context, deducted);
    }
    sendJson(res, 200, order);
  });

  router.delete('/SalesOrders/Lines/:lineGuid', async (req, res) => {
    const lineGuid = req.params.lineGuid.toLowerCase();
    const order = store.data.salesOrders.find((o) =>
      o.SalesOrderLines.some((line) => line.Guid === lineGuid),
    );
    if (!order) throw notFound('Sales order line');
    const remaining = order.SalesOrderLines.filter((line) => line.Guid !== lineGuid);
    if (!WRITABLE_STATUSES.includes(order.OrderStatus)) {
      throw validationError([
        fieldError('OrderStatus', `A ${order.OrderStatus} order cannot be changed.`, 'NotAllowed'),
      ]);
    }
    if (!remaining.some((line) => line.LineType !== 'Charge')) {
      throw validationError([
        fieldError('SalesOrderLines', 'An order keeps at least one product line.', 'Required'),
      ]);
    }
    const released = allocate(context, order, -1);
    order.SalesOrderLines = remaining;
    Object.assign(order, orderTotals(remaining), { LastModifiedOn: toWireDate(context.clock.now()) });
    order.BCSubTotal = toBaseCurrency(order.SubTotal, order.ExchangeRate ?? 1);
    order.BCTaxTotal = toBaseCurrency(order.TaxTotal, order.ExchangeRate ?? 1);
    order.BCTotal = toBaseCurrency(order.Total, order.ExchangeRate ?? 1);
    const allocated = allocate(context, order, 1);
    await store.commit();
    context.events.emit('salesorder.updated', order.Guid);
    announceStock(context, released, allocated);
    sendJson(res, 200, order);
  });

  router.delete('/SalesOrders/:guidOrPage', async (req, res) => {
    const order = orderToFinish(req.params.guidOrPage, 'Completed', 'deleted');
    if (order.OrderStatus !== 'Deleted') {
      const released = allocate(context, order, -1);
      Object.assign(order, {
        OrderStatus: 'Deleted',
        LastModifiedOn: toWireDate(context.clock.now()),
        LastModifiedBy: context.actor,
      });
      await store.commit();
      context.events.emit('salesorder.deleted', order.Guid);
      announceStock(context, released);
    }
    sendJson(res, 200, order);
  });

  return router;
}
