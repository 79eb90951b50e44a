// Which buyer a session token stands for, remembered between requests: resolving it costs six queries (the
// session twice, login, contact, customer, store), which a cached catalogue page would otherwise pay each time.
// An entry holds while the store's 'access' and 'customers' data versions stay where they were when it was
// resolved: every change that could end or alter it (a session revoked, a login deactivated, a contact or
// customer changed, the store saved) moves one of them in its own transaction, on whichever instance, and an
// instance re-reads a version at least every 500 ms (a bump of its own at once) — so a revoked session stops
// working everywhere within that. An admin's acting session (R22) is remembered the same way, under its store's
// versions, until it or the admin's own session expires: stopping it revokes it, and revoking the admin's own
// session moves 'access' of every store the admin acts in (sessions.repo.ts).

import type { BuyerAuthService } from '../buyer-auth/buyer-auth.service.ts';
import type { Clock } from '../clock.ts';
import type { DataVersions } from '../db/data-versions.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import { hashToken } from '../security/tokens.ts';
import type { Session, SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { Store } from '../stores/stores.types.ts';
import type { ActingContext, ActingResolver } from './auth.ts';

export interface BuyerContext {
  buyer: Buyer;
  store: Store;
}

export interface BuyerContexts {
  /**
   * The live session behind a token (undefined: unknown, revoked or expired) and, for a buyer session whose login
   * still works, its buyer and store.
   */
  resolve(token: string, acting?: ActingResolver): Promise<Resolved | undefined>;
}

/** A live session; a buyer session whose login works has its context, an acting one still acting its acting. */
export interface Resolved {
  session: Session;
  context?: BuyerContext;
  acting?: ActingContext;
}

type Entry = Resolved & { storeId: string; stamp: string; expiresAt: number };

const MAX_ENTRIES = 10_000;

export function createBuyerContexts(deps: {
  sessions: SessionsService;
  buyers: BuyerAuthService;
  stores: StoresService;
  versions: DataVersions;
  clock: Clock;
}): BuyerContexts {
  const { sessions, versions, clock } = deps;
  const entries = new Map<string, Entry>();
  const stampOf = async (storeId: string) =>
    `${await versions.current(storeId, 'access')}|${await versions.current(storeId, 'customers')}`;

  const remember = (tokenHash: string, entry: Entry): Resolved => {
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(tokenHash, entry);
    return entry;
  };

  const resolveAfresh = async (
    token: string,
    tokenHash: string,
    acting: ActingResolver | undefined,
  ): Promise<Resolved | undefined> => {
    const first = await sessions.resolve(token);
    const storeId = first?.storeId;
    const kept = first?.kind === 'buyer' || (first?.kind === 'acting' && acting);
    if (!first || !storeId || !kept) return first && { session: first };
    const stamp = await stampOf(storeId);
    // Read again after the stamp: a revocation committed in between must not be remembered under the newer stamp.
    const session = await sessions.resolve(token);
    if (!session) return undefined;
    const expiresAt = Date.parse(session.expiresAt);
    if (session.kind === 'acting' && acting) {
      const found = await acting.resolve(session);
      if (!found) return { session };
      const until = Math.min(expiresAt, Date.parse(found.until));
      return remember(tokenHash, { session, acting: found, storeId, stamp, expiresAt: until });
    }
    const buyer = await deps.buyers.buyerOf(session);
    const store = buyer && (await deps.stores.find(storeId));
    if (!buyer || !store) return { session };
    return remember(tokenHash, { session, context: { buyer, store }, storeId, stamp, expiresAt });
  };

  return {
    async resolve(token, acting) {
      const tokenHash = hashToken(token);
      const known = entries.get(tokenHash);
      if (known) {
        if (known.expiresAt <= clock.now().getTime()) {
          entries.delete(tokenHash);
          // An acting session ended by its admin's expiry is read afresh, so the end is recorded in the log.
          return known.acting ? resolveAfresh(token, tokenHash, acting) : undefined;
        }
        if (known.stamp === (await stampOf(known.storeId))) return known;
        entries.delete(tokenHash);
      }
      return resolveAfresh(token, tokenHash, acting);
    },
  };
}
