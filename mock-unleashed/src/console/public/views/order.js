// #/orders/{guid}: one sales order as the supplier sees it in Unleashed, with what the supplier can do to it:
// complete it, add or remove a charge, change a line, delete it.
import { act, actionButton, confirmButton } from '../actions.js';
import { unleashed } from '../api.js';
import { badge, details, h, money, viewPage, wireDate } from '../dom.js';
import { addChargeForm, changeLineForm, linesTable } from './order-lines.js';

const WRITABLE = ['Parked', 'Placed', 'Backordered'];

function address(order) {
  const parts = [
    order.DeliveryName,
    order.DeliveryStreetAddress,
    order.DeliveryStreetAddress2,
    order.DeliverySuburb,
    order.DeliveryCity,
    order.DeliveryRegion,
    order.DeliveryPostCode,
    order.DeliveryCountry,
  ];
  return parts.filter(Boolean).join(', ') || null;
}

function summary(order) {
  const customer = order.Customer;
  return details([
    ['Status', badge(order.OrderStatus)],
    [
      'Customer',
      h(
        'a',
        { href: `#/customers/${encodeURIComponent(customer.Guid)}` },
        `${customer.CustomerCode} · ${customer.CustomerName}`,
      ),
    ],
    ['Order date', wireDate(order.OrderDate, false)],
    ['Required date', wireDate(order.RequiredDate, false)],
    ['Completed date', wireDate(order.CompletedDate)],
    ['Warehouse', order.Warehouse?.WarehouseName],
    ['Delivery address', address(order)],
    ['Delivery instruction', order.DeliveryInstruction],
    ['Delivery method', order.DeliveryMethod],
    ['Customer reference', order.CustomerRef],
    ['Comments', order.Comments],
    ['Source', order.SourceId],
    ['Last modified', `${wireDate(order.LastModifiedOn)} by ${order.LastModifiedBy ?? '—'}`],
  ]);
}

function totals(order) {
  return details([
    ['Subtotal', money(order.SubTotal)],
    [`Tax (${order.Tax?.TaxCode ?? '—'})`, money(order.TaxTotal)],
    [`Total ${order.Currency?.CurrencyCode ?? ''}`.trim(), money(order.Total)],
  ]);
}

function orderActions(order, ctx) {
  const complete = actionButton('Complete order', () =>
    act(
      `Order ${order.OrderNumber} is Completed.`,
      () => unleashed('POST', `/SalesOrders/${order.Guid}/Complete`),
      ctx.refresh,
    ),
  );
  const remove = confirmButton('Delete order', `Delete ${order.OrderNumber}?`, () =>
    act(
      `Order ${order.OrderNumber} is Deleted.`,
      () => unleashed('DELETE', `/SalesOrders/${order.Guid}`),
      ctx.refresh,
    ),
  );
  return h('div', { class: 'actions' }, complete, remove);
}

/** The order page. */
export async function orderView(ctx) {
  const order = await unleashed('GET', `/SalesOrders/${encodeURIComponent(ctx.params[0])}`);
  const writable = WRITABLE.includes(order.OrderStatus);
  return viewPage(
    { title: `Sales order ${order.OrderNumber}`, crumb: ['#/orders', 'Sales orders'] },
    writable
      ? orderActions(order, ctx)
      : h('p', { class: 'note' }, `A ${order.OrderStatus} order cannot be changed.`),
    summary(order),
    linesTable(order, writable, ctx.refresh),
    totals(order),
    writable &&
      h('div', { class: 'forms' }, addChargeForm(order, ctx.refresh), changeLineForm(order, ctx.refresh)),
  );
}
