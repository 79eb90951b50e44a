// Password reset links (table `password_resets`, issue 16 item 1): an unguessable token per link, only its hash
// stored; a link expires after an hour and is used at most once: one atomic UPDATE claims it, so of two
// instances (or two clicks) exactly one gets it.
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import { hashToken, newToken } from '../security/tokens.ts';

const VALID_MS = 60 * 60_000;

export type ResetKind = 'admin' | 'buyer';

export interface PasswordResets {
  /** A new link's token (shown once, in the email) for an admin id or a buyer login id; valid 1 hour. */
  issue(
    kind: ResetKind,
    subjectId: string,
    storeId: string | null,
  ): Promise<{ token: string; expiresAt: string }>;
  /** Claims a live link of this kind: its subject, or undefined when unknown, used already or expired. */
  consume(kind: ResetKind, token: string): Promise<string | undefined>;
}

export function createPasswordResets(db: PortalDb, clock: Clock): PasswordResets {
  return {
    async issue(kind, subjectId, storeId) {
      const token = newToken();
      const now = clock.now();
      const expiresAt = new Date(now.getTime() + VALID_MS).toISOString();
      await db.q
        .insertInto('passwordResets')
        .values({
          tokenHash: hashToken(token),
          kind,
          subjectId,
          storeId,
          createdAt: now.toISOString(),
          expiresAt,
          usedAt: null,
        })
        .execute();
      // Links long dead are of no use to anyone: cleared as new ones are made.
      await db.q
        .deleteFrom('passwordResets')
        .where('expiresAt', '<', new Date(now.getTime() - 7 * 86_400_000).toISOString())
        .execute();
      return { token, expiresAt };
    },
    async consume(kind, token) {
      const now = clock.now().toISOString();
      const row = await db.q
        .updateTable('passwordResets')
        .set({ usedAt: now })
        .where('tokenHash', '=', hashToken(token))
        .where('kind', '=', kind)
        .where('usedAt', 'is', null)
        .where('expiresAt', '>', now)
        .returning('subjectId')
        .executeTakeFirst();
      return row?.subjectId;
    },
  };
}
