// When each resource last synced successfully, read from the sync's cursors: what buyers and admins see as the
// age of the stock figure (R17b). Built on the database alone, so the catalogue reads it without the engine.
import type { PortalDb } from '../db/database.ts';
import { createSyncRepo } from './sync.repo.ts';
import type { SyncResource } from './sync.types.ts';
import { cursorSummary } from './sync-status.ts';

export interface SyncFreshness {
  /** When the resource's last pass succeeded (the oldest part's, for stock); null = never. */
  lastSucceededAt(storeId: string, resource: SyncResource): Promise<string | null>;
}

export function createSyncFreshness(db: PortalDb): SyncFreshness {
  const repo = createSyncRepo(db);
  return {
    lastSucceededAt: async (storeId, resource) =>
      cursorSummary(await repo.listCursors(storeId, resource)).find((c) => c.resource === resource)
        ?.lastSucceededAt ?? null,
  };
}
