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
  // Every authenticated request looks its session up by token hash: an index, rebuilt only after a change.
  let byTokenHash = new Map<string, Session>();
  let indexedAt = -1;
  return {
    save: (session) => sessions.put(session),
    findByTokenHash: async (tokenHash) => {
      if (indexedAt !== sessions.version) {
        byTokenHash = new Map(sessions.all().map((s) => [s.tokenHash, s]));
        indexedAt = sessions.version;
      }
      return byTokenHash.get(tokenHash);
    },
    listLive: async (kind, subjectId, now) =>
      sessions
        .all()
        .filter(
          (s) => s.kind === kind && s.subjectId === subjectId && !s.revokedAt && new Date(s.expiresAt) > now,
        ),
    get: async (id) => sessions.get(id),
  };
}
