// The acting log (R22): one row per acting session (keyed by the session id), from start to end (table
// `acting_sessions`). Ending is one conditional UPDATE, so the first end recorded (by any instance) stands.
import type { Selectable } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import { newestFirstPage } from '../db/newest-first.ts';
import { fieldsOrNull, sameFields } from '../db/row-fields.ts';
import type { ActingSessionsTable } from '../db/schema.ts';
import { upsertRow } from '../db/upsert-row.ts';
import type { PageRequest } from '../http/paging.ts';
import type { ActingLogEntry, EndReason } from './acting.types.ts';

/** An acting session as its row holds it (its fields are listed once, in the schema). */
export interface ActingRecord extends Omit<Selectable<ActingSessionsTable>, 'seq' | 'endReason'> {
  endReason: ActingLogEntry['endReason'];
}

export interface ActingRepo {
  get(id: string): Promise<ActingRecord | undefined>;
  save(record: ActingRecord): Promise<void>;
  /** Ends the session unless it has ended already; returns it as it stands afterwards. */
  end(id: string, endedAt: string, endReason: EndReason): Promise<ActingRecord | undefined>;
  /** One page of a store's acting sessions, newest first (those started at the same instant: the later-made first). */
  listByStore(storeId: string, page: PageRequest): Promise<{ items: ActingRecord[]; total: number }>;
  /** An admin's acting sessions still open (not ended), in any store. */
  listOpen(adminId: string): Promise<ActingRecord[]>;
}

const toRecord = ({ seq: _seq, ...row }: Selectable<ActingSessionsTable>): ActingRecord => ({
  ...row,
  endReason: row.endReason as ActingRecord['endReason'],
});

export function createActingRepo(db: PortalDb): ActingRepo {
  const sessions = () => db.q.selectFrom('actingSessions').selectAll();
  const get = async (id: string) => {
    const row = await sessions().where('id', '=', id).executeTakeFirst();
    return row && toRecord(row);
  };
  return {
    get,
    save: (record) =>
      upsertRow(db, 'actingSessions', ['id'], {
        ...sameFields(record, [
          'id',
          'storeId',
          'adminId',
          'adminEmail',
          'adminName',
          'adminSessionId',
          'customerGuid',
          'customerCode',
          'customerName',
          'startedAt',
        ]),
        ...fieldsOrNull(record, ['endedAt', 'endReason']),
      }),
    end: async (id, endedAt, endReason) => {
      const row = await db.q
        .updateTable('actingSessions')
        .set({ endedAt, endReason })
        .where('id', '=', id)
        .where('endedAt', 'is', null)
        .returningAll()
        .executeTakeFirst();
      return row ? toRecord(row) : get(id);
    },
    listByStore: async (storeId, page) => {
      const { rows, total } = await newestFirstPage(
        sessions().where('storeId', '=', storeId),
        'startedAt',
        page,
      );
      return { items: rows.map(toRecord), total };
    },
    listOpen: async (adminId) =>
      (
        await sessions().where('adminId', '=', adminId).where('endedAt', 'is', null).orderBy('seq').execute()
      ).map(toRecord),
  };
}
