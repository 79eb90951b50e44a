// Sync runs and cursors (R2, B1): what each pass did, and where the next incremental pass starts.
import type { components } from '../../../openapi/generated/gateway.d.ts';

export type SyncResource = components['schemas']['SyncResource'];
export type SyncRun = components['schemas']['SyncRun'];
export type ResourceResult = components['schemas']['ResourceResult'];
export type SkippedItem = components['schemas']['SkippedItem'];

export interface SyncCursor {
  /** `${storeId}:${resource}`, or `${storeId}:${resource}:${partition}` for a partitioned resource. */
  id: string;
  storeId: string;
  resource: SyncResource;
  /** A part of the resource followed on its own (the warehouse code for stock), or null. */
  partition: string | null;
  /** Unleashed's LastModifiedOn of the newest record seen by the last successful pass (ISO, UTC), or null. */
  modifiedSince: string | null;
  /**
   * Set while a pass is unfinished (failed, interrupted or crashed): every record changed before this point has
   * been stored, so the next pass continues from here instead of from modifiedSince. Null after a success.
   */
  resumeFrom: string | null;
  /** When the last pass of this resource succeeded (ISO), or null. */
  succeededAt: string | null;
  /**
   * When the last pass that read the whole resource (not only its changes) succeeded, for resources whose
   * deletions only a whole read shows (price rows); absent or null before the first.
   */
  fullReadAt?: string | null;
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
