// The buyer's order history filters (R19): store status, the day placed (UTC, inclusive) and a search over the
// Unleashed order number and the lines' codes and descriptions.
import { AppError } from '../http/problems.ts';
import type { Order } from './orders.types.ts';

export interface OrderFilters {
  status?: string;
  placedFrom?: string;
  placedTo?: string;
  search?: string;
}

/** Keeps the orders that pass every given filter; refuses a range that ends before it starts. */
export function filterOrders(orders: readonly Order[], filters: OrderFilters): Order[] {
  const { status, placedFrom, placedTo } = filters;
  if (placedFrom && placedTo && placedTo < placedFrom) {
    throw new AppError('validation-failed', 'The "to" day is before the "from" day.', {
      errors: [{ field: 'placedTo', message: 'is before placedFrom' }],
    });
  }
  const needle = filters.search?.trim().toLowerCase();
  return orders.filter((order) => {
    const day = order.createdAt.slice(0, 10);
    if (status && order.status !== status) return false;
    if (placedFrom && day < placedFrom) return false;
    if (placedTo && day > placedTo) return false;
    if (!needle) return true;
    return (
      (order.unleashedOrderNumber ?? '').toLowerCase().includes(needle) ||
      order.lines.some(
        (line) =>
          line.productCode.toLowerCase().includes(needle) || line.description.toLowerCase().includes(needle),
      )
    );
  });
}
