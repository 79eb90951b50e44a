// How a standing order and a run map to their rows: the creator as three columns, the delivery address,
// schedule and lines as jsonb documents, the dates as `date` columns (read back as `YYYY-MM-DD`).
import type { Insertable, Selectable } from 'kysely';
import { fieldsOrNull, sameFields } from '../db/row-fields.ts';
import type { StandingOrderRunsTable, StandingOrdersTable } from '../db/schema.ts';
import type { DeliveryAddress } from '../orders/order-placement.ts';
import type {
  RunOutcome,
  Schedule,
  StandingOrder,
  StandingOrderRun,
  StandingOrderStatus,
} from './standing-orders.types.ts';

/** The columns a standing order keeps as they are. */
const STANDING_ORDER_FIELDS = ['id', 'storeId', 'customerGuid', 'customerCode', 'name', 'startDate'] as const;

/** The columns a standing order keeps as they are that an older record may lack (stored as null). */
const STANDING_ORDER_NULLABLE_FIELDS = [
  'nextRunDate',
  'reminderSentFor',
  'comment',
  'purchaseOrderRef',
] as const;

export function toStandingOrder(row: Selectable<StandingOrdersTable>): StandingOrder {
  return {
    ...sameFields(row, [...STANDING_ORDER_FIELDS, ...STANDING_ORDER_NULLABLE_FIELDS]),
    status: row.status as StandingOrderStatus,
    createdBy: {
      contactGuid: row.createdByContactGuid,
      email: row.createdByEmail,
      firstName: row.createdByFirstName,
    },
    deliveryAddress: row.deliveryAddress as DeliveryAddress,
    schedule: row.schedule as Schedule,
    lines: row.lines,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The row of a standing order; optional fields an older record lacks are stored as null. */
export function toStandingOrderRow(order: StandingOrder): Insertable<StandingOrdersTable> {
  return {
    ...sameFields(order, STANDING_ORDER_FIELDS),
    ...fieldsOrNull(order, STANDING_ORDER_NULLABLE_FIELDS),
    status: order.status,
    createdByContactGuid: order.createdBy.contactGuid,
    createdByEmail: order.createdBy.email,
    createdByFirstName: order.createdBy.firstName ?? null,
    deliveryAddress: JSON.stringify(order.deliveryAddress),
    schedule: JSON.stringify(order.schedule),
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
    ...sameFields(run, ['id', 'storeId', 'standingOrderId', 'dueDate', 'outcome', 'ranAt']),
    ...fieldsOrNull(run, ['detail', 'orderId']),
  };
}
