// Cursors (R2): where a resource's next incremental pass starts. `modifiedSince` moves only when a pass
// succeeds; while a pass is unfinished, `resumeFrom` records how far it safely got (everything changed before
// it is stored), so a failed, interrupted or crashed pass continues there without losing or repeating work.
import type { SyncRepo } from './sync.repo.ts';
import { cursorId } from './sync.repo.ts';
import type { SyncCursor, SyncResource } from './sync.types.ts';

export interface CursorHandle {
  /** Where this pass starts: the resume point of an unfinished pass, else modifiedSince (null: everything). */
  readonly start: string | null;
  readonly cursor: SyncCursor;
  /** Records that everything changed before `resumeFrom` is stored. */
  checkpoint(resumeFrom: string): Promise<void>;
  /**
   * The pass succeeded: modifiedSince becomes `newest` (never moving back) and the resume point is cleared;
   * `fullRead` records that this pass read the whole resource.
   */
  complete(newest: string | null, options?: { fullRead?: boolean }): Promise<void>;
}

const latest = (...times: (string | null)[]): string | null =>
  times.reduce<string | null>((best, at) => (at !== null && (best === null || at > best) ? at : best), null);

/** Opens (or starts) the cursor of a resource, or of one partition of it, for one pass. */
export async function openCursor(
  repo: SyncRepo,
  storeId: string,
  resource: SyncResource,
  partition: string | null,
  now: () => string,
): Promise<CursorHandle> {
  let cursor: SyncCursor = (await repo.getCursor(storeId, resource, partition)) ?? {
    id: cursorId(storeId, resource, partition),
    storeId,
    resource,
    partition,
    modifiedSince: null,
    resumeFrom: null,
    succeededAt: null,
    updatedAt: now(),
  };
  const save = async (changes: Partial<SyncCursor>) => {
    cursor = { ...cursor, ...changes, updatedAt: now() };
    await repo.saveCursor(cursor);
  };
  return {
    start: cursor.resumeFrom ?? cursor.modifiedSince,
    get cursor() {
      return cursor;
    },
    checkpoint: (resumeFrom) => save({ resumeFrom: latest(cursor.resumeFrom, resumeFrom) }),
    complete: (newest, { fullRead = false } = {}) => {
      const at = now();
      return save({
        modifiedSince: latest(cursor.modifiedSince, cursor.resumeFrom, newest),
        resumeFrom: null,
        succeededAt: at,
        ...(fullRead ? { fullReadAt: at } : {}),
      });
    },
  };
}
