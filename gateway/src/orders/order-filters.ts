// The buyer's order history filters (R19, B7): store status, the day placed (UTC, inclusive), a PO-number
// prefix and a search over the Unleashed order number, the PO number and the lines' codes and descriptions,
// turned into the orders query the database runs.
import { AppError } from '../http/problems.ts';
import type { OrdersQuery } from './orders.query.ts';
import type { OrderStatus } from './orders.types.ts';

export interface OrderFilters {
  status?: string;
  placedFrom?: string;
  placedTo?: string;
  search?: string;
  purchaseOrderRef?: string;
}

/** The query for one customer's orders passing every given filter; refuses a range that ends before it starts. */
export function customerOrdersQuery(customerGuid: string, filters: OrderFilters): OrdersQuery {
  const { status, placedFrom, placedTo, search, purchaseOrderRef } = filters;
  if (placedFrom && placedTo && placedTo < placedFrom) {
    throw new AppError('validation-failed', 'The "to" day is before the "from" day.', {
      errors: [{ field: 'placedTo', message: 'is before placedFrom' }],
    });
  }
  return {
    customerGuid,
    status: status as OrderStatus | undefined,
    placedFrom,
    placedTo,
    search,
    purchaseOrderRef,
  };
}
