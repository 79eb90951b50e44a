// Sign-in sessions for admins and buyers: unguessable tokens, stored hashed, revocable at once, expiring.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import { hashToken, newToken } from '../security/tokens.ts';
import type { Session, SessionsRepo } from './sessions.repo.ts';

export type { Session };

export interface SessionsService {
  /** Starts a session and returns its token (shown once). */
  start(
    kind: Session['kind'],
    subjectId: string,
    storeId: string | null,
  ): Promise<{ token: string; session: Session }>;
  /** The live session behind a token, or undefined (unknown, revoked or expired). */
  resolve(token: string): Promise<Session | undefined>;
  revoke(sessionId: string): Promise<void>;
  /** Ends every live session of a subject (deactivation, password change). */
  revokeAll(kind: Session['kind'], subjectId: string): Promise<number>;
  listLive(kind: Session['kind'], subjectId: string): Promise<Session[]>;
}

export function createSessionsService(repo: SessionsRepo, clock: Clock, ttlHours: number): SessionsService {
  return {
    async start(kind, subjectId, storeId) {
      const token = newToken();
      const now = clock.now();
      const session: Session = {
        id: randomUUID(),
        tokenHash: hashToken(token),
        kind,
        subjectId,
        storeId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + ttlHours * 3_600_000).toISOString(),
        revokedAt: null,
      };
      await repo.save(session);
      return { token, session };
    },
    async resolve(token) {
      const session = await repo.findByTokenHash(hashToken(token));
      if (!session || session.revokedAt || new Date(session.expiresAt) <= clock.now()) return undefined;
      return session;
    },
    async revoke(sessionId) {
      await repo.revoke(sessionId, clock.now().toISOString());
    },
    revokeAll: (kind, subjectId) => repo.revokeLive(kind, subjectId, clock.now()),
    listLive: (kind, subjectId) => repo.listLive(kind, subjectId, clock.now()),
  };
}
