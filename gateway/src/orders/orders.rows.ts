// How a store order maps to its row in `orders`: lines, charges and the delivery address are jsonb documents,
// always read whole; everything else is a column.
import type { Insertable, Selectable } from 'kysely';
import type { Address } from '../customers/customers.types.ts';
import { fieldsOrNull, sameFields } from '../db/row-fields.ts';
import type { OrdersTable } from '../db/schema.ts';
import type {
  ImportState,
  Order,
  OrderCharge,
  OrderLine,
  OrderStatus,
  UnleashedOrderStatus,
} from './orders.types.ts';

/** The columns an order keeps as they are. */
const ORDER_FIELDS = [
  'storeId',
  'id',
  'unleashedGuid',
  'customerGuid',
  'customerCode',
  'placedByEmail',
  'taxCode',
  'taxRate',
  'subTotal',
  'taxTotal',
  'total',
  'createdAt',
] as const;

/** The columns an order keeps as they are that an older order may lack (stored as null). */
const ORDER_NULLABLE_FIELDS = [
  'importError',
  'unleashedOrderNumber',
  'comment',
  'importedAt',
  'completedAt',
  'standingOrderId',
  'placedOnBehalfBy',
  'purchaseOrderRef',
  'requiredDate',
  'approvalDecidedBy',
  'approvalDecidedAt',
  'rejectionReason',
] as const;

export function toOrder(row: Selectable<OrdersTable>): Order {
  return {
    ...sameFields(row, [...ORDER_FIELDS, ...ORDER_NULLABLE_FIELDS]),
    status: row.status as OrderStatus,
    importState: row.importState as ImportState,
    importAttempts: row.importAttempts,
    unleashedStatus: row.unleashedStatus as UnleashedOrderStatus | null,
    deliveryAddress: row.deliveryAddress as Address | null,
    lines: row.lines as OrderLine[],
    charges: row.charges as OrderCharge[],
    updatedAt: row.updatedAt,
    approvalRequired: row.approvalRequired,
  };
}

/** The row of an order; optional fields an older order lacks are stored as null. */
export function toOrderRow(order: Order): Insertable<OrdersTable> {
  return {
    ...sameFields(order, ORDER_FIELDS),
    ...fieldsOrNull(order, ORDER_NULLABLE_FIELDS),
    status: order.status,
    importState: order.importState,
    importAttempts: order.importAttempts ?? 0,
    unleashedStatus: order.unleashedStatus ?? null,
    deliveryAddress: order.deliveryAddress ? JSON.stringify(order.deliveryAddress) : null,
    lines: JSON.stringify(order.lines ?? []),
    charges: JSON.stringify(order.charges ?? []),
    updatedAt: order.updatedAt ?? order.createdAt,
    approvalRequired: order.approvalRequired ?? false,
  };
}
