// Sessions persisted by token hash (table `sessions`); the token itself is never stored. A revocation moves the
// store's 'access' data version in the same transaction, so a cached buyer session ends on every instance.
import { createDataVersions, type DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { upsertRow } from '../db/upsert-row.ts';

export interface Session {
  id: string;
  tokenHash: string;
  kind: 'admin' | 'buyer' | 'acting';
  /** The admin id (admin and acting sessions), or the buyer login's id. */
  subjectId: string;
  storeId: string | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface SessionsRepo {
  save(session: Session): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<Session | undefined>;
  listLive(kind: Session['kind'], subjectId: string, now: Date): Promise<Session[]>;
  get(id: string): Promise<Session | undefined>;
  /** Revokes one session unless it is revoked already; false when there was nothing to revoke. */
  revoke(id: string, at: string): Promise<boolean>;
  /** Revokes every live session of a subject in one statement; returns how many. */
  revokeLive(kind: Session['kind'], subjectId: string, now: Date): Promise<number>;
}

const asSession = (row: Omit<Session, 'kind'> & { kind: string }): Session => row as Session;

export function createSessionsRepo(
  db: PortalDb,
  versions: DataVersions = createDataVersions(db),
): SessionsRepo {
  /**
   * Moves 'access' of the stores whose sessions an update touched. An admin session has no store, but the
   * admin's acting sessions (R22) end with it: the stores they act in move too, so no instance keeps serving one.
   */
  const bumpStoresOf = async (rows: { kind: string; subjectId: string; storeId: string | null }[]) => {
    const stores = new Set(rows.map((row) => row.storeId));
    const admins = rows.filter((row) => row.kind === 'admin').map((row) => row.subjectId);
    if (admins.length > 0) {
      const acting = await db.q
        .selectFrom('sessions')
        .select('storeId')
        .distinct()
        .where('kind', '=', 'acting')
        .where('subjectId', 'in', admins)
        .where('revokedAt', 'is', null)
        .execute();
      for (const { storeId } of acting) stores.add(storeId);
    }
    for (const storeId of stores) if (storeId !== null) await versions.bump(storeId, 'access');
  };
  const live = (kind: Session['kind'], subjectId: string, now: Date) =>
    db.q
      .selectFrom('sessions')
      .where('kind', '=', kind)
      .where('subjectId', '=', subjectId)
      .where('revokedAt', 'is', null)
      .where('expiresAt', '>', now.toISOString());
  return {
    save: (session) => upsertRow(db, 'sessions', ['id'], session),
    findByTokenHash: async (tokenHash) => {
      const row = await db.q
        .selectFrom('sessions')
        .selectAll()
        .where('tokenHash', '=', tokenHash)
        .executeTakeFirst();
      return row && asSession(row);
    },
    listLive: async (kind, subjectId, now) =>
      (await live(kind, subjectId, now).selectAll().orderBy('createdAt').execute()).map(asSession),
    get: async (id) => {
      const row = await db.q.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && asSession(row);
    },
    revoke: (id, at) =>
      db.transaction(async () => {
        const rows = await db.q
          .updateTable('sessions')
          .set({ revokedAt: at })
          .where('id', '=', id)
          .where('revokedAt', 'is', null)
          .returning(['kind', 'subjectId', 'storeId'])
          .execute();
        await bumpStoresOf(rows);
        return rows.length > 0;
      }),
    revokeLive: (kind, subjectId, now) =>
      db.transaction(async () => {
        const rows = await db.q
          .updateTable('sessions')
          .set({ revokedAt: now.toISOString() })
          .where('kind', '=', kind)
          .where('subjectId', '=', subjectId)
          .where('revokedAt', 'is', null)
          .where('expiresAt', '>', now.toISOString())
          .returning(['kind', 'subjectId', 'storeId'])
          .execute();
        await bumpStoresOf(rows);
        return rows.length;
      }),
  };
}
