// The admin's order export (issue 16 item 8): one CSV row per order, as a spreadsheet opens it (RFC 4180 quoting,
// CRLF rows; http/csv-export.ts adds the UTF-8 BOM) and safe to open: a text cell that would start a formula
// (`=`, `+`, `-`, `@`) is prefixed with `'`.
import type { Order } from './orders.types.ts';

export const ORDER_CSV_HEADER = [
  'Order number',
  'Store order id',
  'Placed (UTC)',
  'Customer code',
  'Customer name',
  'Placed by',
  'Status',
  'Import state',
  'Products',
  'Subtotal',
  'Tax',
  'Total',
];

const text = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const money = (value: number) => value.toFixed(2);

/** One row, CRLF-terminated. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(text).join(',')}\r\n`;
}

/** The row of one order: its customer's name and status label are looked up by the caller. */
export function orderCsvRow(order: Order, customerName: string, statusLabel: string): string {
  const products = order.lines.map((line) => `${line.productCode} × ${line.quantity}`).join('; ');
  return `${[
    text(order.unleashedOrderNumber ?? ''),
    text(order.id),
    order.createdAt,
    text(order.customerCode),
    text(customerName),
    text(order.placedByEmail),
    text(statusLabel),
    order.importState,
    text(products),
    money(order.subTotal),
    money(order.taxTotal),
    money(order.total),
  ].join(',')}\r\n`;
}
