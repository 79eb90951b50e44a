// #/orders: the account's sales orders, newest change first, searchable by number, customer and status.
import { badge, money, wireDate } from '../dom.js';
import { linkColumn, pagedList } from './paged-list.js';

const STATUSES = ['Parked', 'Placed', 'Backordered', 'Completed', 'Deleted'];

/** The sales order list. */
export function ordersView(ctx) {
  return pagedList(ctx, {
    title: 'Sales orders',
    resource: '/SalesOrders',
    route: '#/orders',
    filters: [
      { name: 'orderNumber', label: 'Order number (exact)' },
      { name: 'customerCode', label: 'Customer code starts with' },
      {
        name: 'orderStatus',
        label: 'Status',
        options: [['', 'All but Deleted'], ...STATUSES.map((status) => [status, status])],
      },
    ],
    columns: [
      linkColumn('Order', '#/orders', (order) => order.OrderNumber),
      {
        header: 'Customer',
        cell: (order) => `${order.Customer.CustomerCode} · ${order.Customer.CustomerName}`,
      },
      { header: 'Status', cell: (order) => badge(order.OrderStatus) },
      { header: 'Order date', cell: (order) => wireDate(order.OrderDate, false) },
      { header: 'Lines', cell: (order) => String(order.SalesOrderLines.length), numeric: true },
      { header: 'Total', cell: (order) => money(order.Total), numeric: true },
      { header: 'Last modified', cell: (order) => wireDate(order.LastModifiedOn) },
    ],
  });
}
