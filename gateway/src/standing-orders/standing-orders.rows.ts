// How a standing order and a run map to their rows: the creator as three columns, the delivery address,
// schedule and lines as jsonb documents, the dates as `date` columns (read back as `YYYY-MM-DD`).
import type { Insertable, Selectable } from 'kysely';
import type { StandingOrderRunsTable, StandingOrdersTable } from '../db/schema.ts';
import type { DeliveryAddress } from '../orders/order-placement.ts';
import type {
  RunOutcome,
  Schedule,
  StandingOrder,
  StandingOrderRun,
  StandingOrderStatus,
} from './standing-orders.types.ts';

export function toStandingOrder(row: Selectable<StandingOrdersTable>): StandingOrder {
  return {
    id: row.id,
    storeId: row.storeId,
    customerGuid: row.customerGuid,
    customerCode: row.customerCode,
    name: row.name,
    status: row.status as StandingOrderStatus,
    createdBy: {
      contactGuid: row.createdByContactGuid,
      email: row.createdByEmail,
      firstName: row.createdByFirstName,
    },
    deliveryAddress: row.deliveryAddress as DeliveryAddress,
    schedule: row.schedule as Schedule,
    startDate: row.startDate,
    nextRunDate: row.nextRunDate,
    reminderSentFor: row.reminderSentFor,
    comment: row.comment,
    purchaseOrderRef: row.purchaseOrderRef,
    lines: row.lines,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The row of a standing order; optional fields an older record lacks are stored as null. */
export function toStandingOrderRow(order: StandingOrder): Insertable<StandingOrdersTable> {
  return {
    id: order.id,
    storeId: order.storeId,
    customerGuid: order.customerGuid,
    customerCode: order.customerCode,
    name: order.name,
    status: order.status,
    createdByContactGuid: order.createdBy.contactGuid,
    createdByEmail: order.createdBy.email,
    createdByFirstName: order.createdBy.firstName ?? null,
    deliveryAddress: JSON.stringify(order.deliveryAddress),
    schedule: JSON.stringify(order.schedule),
    startDate: order.startDate,
    nextRunDate: order.nextRunDate ?? null,
    reminderSentFor: order.reminderSentFor ?? null,
    comment: order.comment ?? null,
    purchaseOrderRef: order.purchaseOrderRef ?? null,
    lines: JSON.stringify(order.lines),
    createdAt: order.createdAt,
    updatedAt: order.updatedAt ?? order.createdAt,
  };
}

export function toRun(row: Selectable<StandingOrderRunsTable>): StandingOrderRun {
  return { ...row, outcome: row.outcome as RunOutcome };
}

export function toRunRow(run: StandingOrderRun): Insertable<StandingOrderRunsTable> {
  return {
    id: run.id,
    storeId: run.storeId,
    standingOrderId: run.standingOrderId,
    dueDate: run.dueDate,
    outcome: run.outcome,
    detail: run.detail ?? null,
    orderId: run.orderId ?? null,
    ranAt: run.ranAt,
  };
}
