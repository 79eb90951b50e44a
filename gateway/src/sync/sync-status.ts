// The cursor part of a store's sync status (B1): per resource, where the next pass starts and when the
// resource last synced successfully (what buyers see as the age of the stock figure, R17b).
import type { SyncRun } from './sync.types.ts';
import { SYNC_ORDER, type SyncCursor, type SyncResource } from './sync.types.ts';

export interface CursorView {
  resource: SyncResource;
  /** Where the next incremental pass starts (the oldest of a partitioned resource's parts); null = from scratch. */
  modifiedSince: string | null;
  /** When the resource's last pass succeeded (the oldest part's, for stock); null = never. */
  lastSucceededAt: string | null;
}

export interface SyncStatusView {
  running: SyncRun | null;
  lastRun: SyncRun | null;
  nextRunAt: string | null;
  cursors: CursorView[];
}

const oldest = (times: (string | null)[]): string | null =>
  times.includes(null) ? null : ((times as string[]).sort()[0] ?? null);

/** One line per resource that has a cursor (every resource but orderPush), partitions folded together. */
export function cursorSummary(cursors: readonly SyncCursor[]): CursorView[] {
  return SYNC_ORDER.filter((resource) => resource !== 'orderPush').map((resource) => {
    const parts = cursors.filter((cursor) => cursor.resource === resource);
    if (parts.length === 0) return { resource, modifiedSince: null, lastSucceededAt: null };
    return {
      resource,
      modifiedSince: oldest(parts.map((part) => part.resumeFrom ?? part.modifiedSince)),
      lastSucceededAt: oldest(parts.map((part) => part.succeededAt)),
    };
  });
}
