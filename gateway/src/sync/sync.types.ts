// Sync runs and cursors (R2, B1): what each pass did, and where the next incremental pass starts.
import type { components } from '../generated/gateway.d.ts';

export type SyncResource = components['schemas']['SyncResource'];
export type SyncRun = components['schemas']['SyncRun'];
export type ResourceResult = components['schemas']['ResourceResult'];
export type SkippedItem = components['schemas']['SkippedItem'];

export interface SyncCursor {
  /** `${storeId}:${resource}` */
  id: string;
  storeId: string;
  resource: SyncResource;
  /** Unleashed's LastModifiedOn of the newest record seen by the last successful pass (ISO, UTC), or null. */
  modifiedSince: string | null;
  updatedAt: string;
}

/** The order resources are synced in: lookups first, products before prices and stock, orders last. */
export const SYNC_ORDER: readonly SyncResource[] = [
  'productGroups',
  'sellPriceTiers',
  'products',
  'productPrices',
  'stock',
  'customers',
  'orderPush',
  'orderStatus',
];
