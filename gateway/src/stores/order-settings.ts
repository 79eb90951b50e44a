// R18/R18a settings of a store: the label buyers see for each order status, whether the buyer is emailed when an
// order reaches it, and the two order-request email switches. A store keeps only what the admin changed (older
// records have nothing), so defaults are applied when read, here and nowhere else.
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { OrderStatus } from '../orders/orders.types.ts';

export type OrderStatusSettings = components['schemas']['Store']['orderStatuses'];
/** The statuses that follow Unleashed (R18a), each with a store label and email switch. */
type UnleashedFollowingStatus = keyof OrderStatusSettings;
/** Before an order goes to Unleashed it may await its customer's approval (B8): a fixed label, no switch. */
export const AWAITING_APPROVAL_LABEL = 'Awaiting approval';
export type OrderStatusSettingsUpdate = NonNullable<components['schemas']['StoreSettings']['orderStatuses']>;

/**
 * Labels follow R18a. The buyer is emailed by default when the supplier confirms, completes or rejects an order:
 * Processing follows the order-request email at once, and Pending Approval (Parked) and Coming Soon (Backordered)
 * are the supplier's internal steps, so they are off until an admin switches them on.
 */
export const DEFAULT_ORDER_STATUSES: OrderStatusSettings = {
  processing: { label: 'Processing', notifyBuyer: false },
  'pending-approval': { label: 'Pending Approval', notifyBuyer: false },
  confirmed: { label: 'Confirmed', notifyBuyer: true },
  'coming-soon': { label: 'Coming Soon', notifyBuyer: false },
  complete: { label: 'Complete', notifyBuyer: true },
  rejected: { label: 'Rejected', notifyBuyer: true },
};

export interface OrderSettingsFields {
  orderStatuses?: OrderStatusSettingsUpdate;
  orderRequestEmailToBuyer?: boolean;
  orderRequestEmailToAdmin?: boolean;
}

export interface OrderSettings {
  orderStatuses: OrderStatusSettings;
  orderRequestEmailToBuyer: boolean;
  orderRequestEmailToAdmin: boolean;
}

/** Merges a partial per-status update over what is stored (a label change keeps the switch, and back). */
export function mergeOrderStatuses(
  stored: OrderStatusSettingsUpdate | undefined,
  update: OrderStatusSettingsUpdate | undefined,
): OrderStatusSettingsUpdate | undefined {
  if (!update) return stored;
  const merged: OrderStatusSettingsUpdate = { ...stored };
  for (const [status, change] of Object.entries(update) as [UnleashedFollowingStatus, object][])
    merged[status] = { ...merged[status], ...change };
  return merged;
}

/** The store's order settings with defaults filled in. */
export function orderSettings(store: OrderSettingsFields): OrderSettings {
  const statuses = { ...DEFAULT_ORDER_STATUSES };
  for (const status of Object.keys(statuses) as UnleashedFollowingStatus[])
    statuses[status] = { ...statuses[status], ...store.orderStatuses?.[status] };
  return {
    orderStatuses: statuses,
    orderRequestEmailToBuyer: store.orderRequestEmailToBuyer ?? true,
    orderRequestEmailToAdmin: store.orderRequestEmailToAdmin ?? true,
  };
}

/** The label buyers see for a status (R18a). */
export const statusLabel = (store: OrderSettingsFields, status: OrderStatus): string =>
  status === 'awaiting-approval' ? AWAITING_APPROVAL_LABEL : orderSettings(store).orderStatuses[status].label;

/** Every order status in lifecycle order with the store's label for it (R18a): what the buyer's filter offers. */
export const statusLabels = (store: OrderSettingsFields): { status: OrderStatus; label: string }[] => [
  { status: 'awaiting-approval', label: AWAITING_APPROVAL_LABEL },
  ...Object.entries(orderSettings(store).orderStatuses).map(([status, setting]) => ({
    status: status as OrderStatus,
    label: setting.label,
  })),
];
