// Words for the sync's codes. Records keyed by the generated enums, so a new value in the spec fails to compile here.
import type { ResourceResult, SkippedItem, SyncResource, SyncRun } from '../../api/types.ts';

export const RESOURCE_LABELS: Record<SyncResource, string> = {
  productGroups: 'Product groups',
  sellPriceTiers: 'Sell price tiers',
  products: 'Products',
  productPrices: 'Product prices',
  stock: 'Stock',
  customers: 'Customers',
  orderPush: 'Orders sent to Unleashed',
  orderStatus: 'Order statuses',
};

export const SKIP_REASONS: Record<SkippedItem['reason'], string> = {
  'plan-limit': 'Plan limit reached',
  'duplicate-email': 'Email already used by another contact',
  'missing-email': 'No email address',
  'not-ordering': 'Not an ordering contact',
  'rejected-by-unleashed': 'Rejected by Unleashed',
  'unknown-reference': 'Refers to something unknown',
  'order-not-imported': 'Order removed before it reached Unleashed',
};

/** Run and resource statuses share their words. */
export const STATUS_LABELS: Record<SyncRun['status'] | ResourceResult['status'], string> = {
  pending: 'Waiting',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  interrupted: 'Interrupted',
  skipped: 'Skipped',
};

export const TRIGGERS: Record<SyncRun['trigger'], string> = {
  schedule: 'Scheduled',
  manual: 'Sync now',
  startup: 'Server start',
  'order-placed': 'Order placed',
};
