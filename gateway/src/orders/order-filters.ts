// The order list filters: the buyer's history (R19: store status, the day placed (UTC, inclusive), a PO-number
// prefix (B7) and a search over the Unleashed order number, the PO number and the lines' codes and descriptions) and
// the admin's list (the same, the import state, and a search reaching customers and contacts), turned into the
// orders query the database runs.
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

function refuseBackwardsRange({ placedFrom, placedTo }: OrderFilters): void {
  if (placedFrom && placedTo && placedTo < placedFrom) {
    throw new AppError('validation-failed', 'The "to" day is before the "from" day.', {
      errors: [{ field: 'placedTo', message: 'is before placedFrom' }],
    });
  }
}

/** The query for one customer's orders passing every given filter; refuses a range that ends before it starts. */
export function customerOrdersQuery(customerGuid: string, filters: OrderFilters): OrdersQuery {
  const { status, placedFrom, placedTo, search, purchaseOrderRef } = filters;
  refuseBackwardsRange(filters);
  return {
    customerGuid,
    status: status as OrderStatus | undefined,
    placedFrom,
    placedTo,
    search,
    purchaseOrderRef,
  };
}

/**
 * The admin's query over every order of the store (issue 16 item 8): the buyer's filters plus the import state,
 * with the search reaching the customer and the placing contact too.
 */
export function storeOrdersQuery(filters: OrderFilters & { importState?: string }): OrdersQuery {
  const { status, placedFrom, placedTo, search, purchaseOrderRef, importState } = filters;
  refuseBackwardsRange(filters);
  return {
    status: status as OrderStatus | undefined,
    purchaseOrderRef,
    importState: importState as OrdersQuery['importState'],
    placedFrom,
    placedTo,
    search,
    searchCustomers: true,
  };
}
