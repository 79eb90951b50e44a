// Which buyer a session token stands for, remembered between requests: resolving it costs six queries (the
// session twice, login, contact, customer, store), which a cached catalogue page would otherwise pay each time.
// An entry holds while the store's 'access' and 'customers' data versions stay where they were when it was
// resolved: every change that could end or alter it (a session revoked, a login deactivated, a contact or
// customer changed, the store saved) moves one of them in its own transaction, on whichever instance, and an
// instance re-reads a version at least every 500 ms (a bump of its own at once) — so a revoked session stops
// working everywhere within that.
import type { Clock } from '../clock.ts';
import type { DataVersions } from '../db/data-versions.ts';
import type { BuyerAuthService } from '../invitations/buyer-auth.service.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import { hashToken } from '../security/tokens.ts';
import type { Session, SessionsService } from '../sessions/sessions.service.ts';
import type { StoresService } from '../stores/stores.service.ts';
import type { Store } from '../stores/stores.types.ts';

export interface BuyerContext {
  buyer: Buyer;
  store: Store;
}

export interface BuyerContexts {
  /**
   * The live session behind a token (undefined: unknown, revoked or expired) and, for a buyer session whose login
   * still works, its buyer and store.
   */
  resolve(token: string): Promise<{ session: Session; context?: BuyerContext } | undefined>;
}

type Entry = { session: Session; context: BuyerContext; stamp: string; expiresAt: number };

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

  const resolveAfresh = async (token: string, tokenHash: string) => {
    const first = await sessions.resolve(token);
    if (first?.kind !== 'buyer' || !first.storeId) return first && { session: first };
    const stamp = await stampOf(first.storeId);
    // Read again after the stamp: a revocation committed in between must not be remembered under the newer stamp.
    const session = await sessions.resolve(token);
    if (!session) return undefined;
    const buyer = await deps.buyers.buyerOf(session);
    const store = buyer && (await deps.stores.find(first.storeId));
    if (!buyer || !store) return { session };
    if (entries.size >= MAX_ENTRIES) entries.clear();
    entries.set(tokenHash, {
      session,
      context: { buyer, store },
      stamp,
      expiresAt: Date.parse(session.expiresAt),
    });
    return { session, context: { buyer, store } };
  };

  return {
    async resolve(token) {
      const tokenHash = hashToken(token);
      const known = entries.get(tokenHash);
      if (known) {
        if (known.expiresAt <= clock.now().getTime()) {
          entries.delete(tokenHash);
          return undefined;
        }
        if (known.stamp === (await stampOf(known.context.store.id))) return known;
        entries.delete(tokenHash);
      }
      return resolveAfresh(token, tokenHash);
    },
  };
}
