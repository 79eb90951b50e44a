// When a store's stock last synced (R17b: buyers see how old the stock figures are), remembered per store while
// its 'stock' data version stays the same: every stock cursor write moves it, on whichever instance.
import type { DataVersions } from '../db/data-versions.ts';
import type { SyncFreshness } from '../sync/sync-freshness.ts';

export function createStockAge(sync: SyncFreshness, versions: DataVersions) {
  const known = new Map<string, { version: number; syncedAt: string | null }>();
  return async (storeId: string): Promise<string | null> => {
    const version = await versions.current(storeId, 'stock');
    const hit = known.get(storeId);
    if (hit?.version === version) return hit.syncedAt;
    const syncedAt = await sync.lastSucceededAt(storeId, 'stock');
    known.set(storeId, { version, syncedAt });
    return syncedAt;
  };
}
