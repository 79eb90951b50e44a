// Standing orders (R21): a customer's cart placed again on a schedule, by the contact who created it.
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { DeliveryAddress } from '../orders/order-placement.ts';

export type Schedule = components['schemas']['StandingOrderSchedule'];
export type StandingOrderStatus = components['schemas']['StandingOrderStatus'];
export type StandingOrderView = components['schemas']['StandingOrder'];
export type StandingOrderCreate = components['schemas']['StandingOrderCreate'];
export type StandingOrderUpdate = components['schemas']['StandingOrderUpdate'];
export type StandingOrderReport = components['schemas']['StandingOrderReport'];
export type RunOutcome = components['schemas']['StandingOrderRun']['outcome'];

export const DEFAULT_SCHEDULE: Schedule = { frequency: 'weekly', every: 2 };

export interface StandingOrder {
  id: string;
  storeId: string;
  customerGuid: string;
  customerCode: string;
  name: string;
  status: StandingOrderStatus;
  /** The contact who created it; runs are placed by this contact (R20, R21). */
  createdBy: { contactGuid: string; email: string; firstName: string | null };
  deliveryAddress: DeliveryAddress;
  schedule: Schedule;
  startDate: string;
  /** The next due date (UTC date); null when paused or cancelled. */
  nextRunDate: string | null;
  /** The due date whose reminder has been sent (one reminder per run). */
  reminderSentFor: string | null;
  comment: string | null;
  /** The reference each run's order carries (B7): fixed, or with `{date}` for the run's due date. */
  purchaseOrderRef?: string | null;
  lines: { productGuid: string; quantity: number }[];
  createdAt: string;
  updatedAt: string;
}

/** One run, keyed `${standingOrderId}:${dueDate}` and stored BEFORE the order is placed, so a date runs once. */
export interface StandingOrderRun {
  id: string;
  storeId: string;
  standingOrderId: string;
  dueDate: string;
  outcome: RunOutcome;
  detail: string | null;
  orderId: string | null;
  ranAt: string;
}
