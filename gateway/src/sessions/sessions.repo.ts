// Sessions persisted by token hash; the token itself is never stored.
import type { CollectionBackend } from '../storage/collections.ts';

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
}

export async function createSessionsRepo(backend: CollectionBackend): Promise<SessionsRepo> {
  const sessions = await backend.collection<Session>('auth', 'sessions');
  return {
    save: (session) => sessions.put(session),
    findByTokenHash: async (tokenHash) => sessions.all().find((s) => s.tokenHash === tokenHash),
    listLive: async (kind, subjectId, now) =>
      sessions
        .all()
        .filter(
          (s) => s.kind === kind && s.subjectId === subjectId && !s.revokedAt && new Date(s.expiresAt) > now,
        ),
    get: async (id) => sessions.get(id),
  };
}
