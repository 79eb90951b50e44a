// How a store order maps to its row in `orders`: lines, charges and the delivery address are jsonb documents,
// always read whole; everything else is a column.
import type { Insertable, Selectable } from 'kysely';
import type { Address } from '../customers/customers.types.ts';
import type { OrdersTable } from '../db/schema.ts';
import type {
  ImportState,
  Order,
  OrderCharge,
  OrderLine,
  OrderStatus,
  UnleashedOrderStatus,
} from './orders.types.ts';

export function toOrder(row: Selectable<OrdersTable>): Order {
  return {
    id: row.id,
    storeId: row.storeId,
    unleashedGuid: row.unleashedGuid,
    customerGuid: row.customerGuid,
    customerCode: row.customerCode,
    placedByEmail: row.placedByEmail,
    status: row.status as OrderStatus,
    importState: row.importState as ImportState,
    importError: row.importError,
    importAttempts: row.importAttempts,
    unleashedOrderNumber: row.unleashedOrderNumber,
    unleashedStatus: row.unleashedStatus as UnleashedOrderStatus | null,
    deliveryAddress: row.deliveryAddress as Address | null,
    comment: row.comment,
    lines: row.lines as OrderLine[],
    charges: row.charges as OrderCharge[],
    taxCode: row.taxCode,
    taxRate: row.taxRate,
    subTotal: row.subTotal,
    taxTotal: row.taxTotal,
    total: row.total,
    createdAt: row.createdAt,
    importedAt: row.importedAt,
    completedAt: row.completedAt,
    updatedAt: row.updatedAt,
    standingOrderId: row.standingOrderId,
    placedOnBehalfBy: row.placedOnBehalfBy,
    purchaseOrderRef: row.purchaseOrderRef,
    requiredDate: row.requiredDate,
  };
}

/** The row of an order; optional fields an older order lacks are stored as null. */
export function toOrderRow(order: Order): Insertable<OrdersTable> {
  return {
    storeId: order.storeId,
    id: order.id,
    unleashedGuid: order.unleashedGuid,
    customerGuid: order.customerGuid,
    customerCode: order.customerCode,
    placedByEmail: order.placedByEmail,
    status: order.status,
    importState: order.importState,
    importError: order.importError ?? null,
    importAttempts: order.importAttempts ?? 0,
    unleashedOrderNumber: order.unleashedOrderNumber ?? null,
    unleashedStatus: order.unleashedStatus ?? null,
    deliveryAddress: order.deliveryAddress ? JSON.stringify(order.deliveryAddress) : null,
    comment: order.comment ?? null,
    lines: JSON.stringify(order.lines ?? []),
    charges: JSON.stringify(order.charges ?? []),
    taxCode: order.taxCode,
    taxRate: order.taxRate,
    subTotal: order.subTotal,
    taxTotal: order.taxTotal,
    total: order.total,
    createdAt: order.createdAt,
    importedAt: order.importedAt ?? null,
    completedAt: order.completedAt ?? null,
    updatedAt: order.updatedAt ?? order.createdAt,
    standingOrderId: order.standingOrderId ?? null,
    placedOnBehalfBy: order.placedOnBehalfBy ?? null,
    purchaseOrderRef: order.purchaseOrderRef ?? null,
    requiredDate: order.requiredDate ?? null,
  };
}
