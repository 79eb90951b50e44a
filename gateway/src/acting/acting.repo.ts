// The acting log (R22): one record per acting session (keyed by the session id), from start to end.
import type { CollectionBackend } from '../storage/collections.ts';
import type { ActingLogEntry } from './acting.types.ts';

export interface ActingRecord {
  /** The acting session's id. */
  id: string;
  storeId: string;
  adminId: string;
  adminEmail: string;
  adminName: string;
  /** The admin session the acting session was started from; it ends with it. */
  adminSessionId: string;
  customerGuid: string;
  customerCode: string;
  customerName: string;
  startedAt: string;
  endedAt: string | null;
  endReason: ActingLogEntry['endReason'];
}

export interface ActingRepo {
  get(id: string): Promise<ActingRecord | undefined>;
  save(record: ActingRecord): Promise<void>;
  /** A store's acting sessions, newest first (those started at the same instant: the later-made first). */
  listByStore(storeId: string): Promise<ActingRecord[]>;
  /** An admin's acting sessions still open (not ended), in any store. */
  listOpen(adminId: string): Promise<ActingRecord[]>;
}

export async function createActingRepo(backend: CollectionBackend): Promise<ActingRepo> {
  const records = await backend.collection<ActingRecord>('acting', 'sessions');
  return {
    get: async (id) => records.get(id),
    save: (record) => records.put(record),
    listByStore: async (storeId) =>
      records
        .all()
        .filter((r) => r.storeId === storeId)
        .reverse()
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    listOpen: async (adminId) => records.all().filter((r) => r.adminId === adminId && !r.endedAt),
  };
}
