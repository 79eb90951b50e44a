// One server-side cart per contact and store (table `carts`); an admin acting for a customer has a cart of its
// own under the acting cart key (acting.types.ts actingCartKey) in place of a contact GUID.
import { sql } from 'kysely';
import type { PortalDb } from '../db/database.ts';

export interface CartRecord {
  storeId: string;
  /** The contact's GUID, or the acting cart key. */
  contactGuid: string;
  lines: { productGuid: string; quantity: number }[];
  /** '' for a cart never saved. */
  updatedAt: string;
}

type Lines = CartRecord['lines'];

export interface CartsRepo {
  /** The saved cart, or an empty one. */
  get(storeId: string, contactGuid: string): Promise<CartRecord>;
  save(cart: CartRecord): Promise<void>;
  /**
   * Reads, changes and saves the cart as one step no other change of it (another tab, another instance) can come
   * between: a transaction-level lock on the cart, held until the caller's own transaction ends when there is
   * one. `update` answers the new lines, or undefined to leave the cart as it is; the lines before and after.
   */
  change(
    storeId: string,
    contactGuid: string,
    update: (lines: Lines) => Promise<Lines | undefined> | Lines | undefined,
    updatedAt: string,
  ): Promise<{ before: Lines; after: Lines }>;
}

export function createCartsRepo(db: PortalDb): CartsRepo {
  const repo: CartsRepo = {
    get: async (storeId, contactGuid) => {
      const row = await db.q
        .selectFrom('carts')
        .select(['lines', 'updatedAt'])
        .where('storeId', '=', storeId)
        .where('ownerKey', '=', contactGuid)
        .executeTakeFirst();
      return { storeId, contactGuid, lines: row?.lines ?? [], updatedAt: row?.updatedAt ?? '' };
    },
    save: async (cart) => {
      const changes = { lines: JSON.stringify(cart.lines), updatedAt: cart.updatedAt };
      await db.q
        .insertInto('carts')
        .values({ storeId: cart.storeId, ownerKey: cart.contactGuid, ...changes })
        .onConflict((oc) => oc.columns(['storeId', 'ownerKey']).doUpdateSet(changes))
        .execute();
    },
    change: (storeId, contactGuid, update, updatedAt) =>
      db.transaction(async () => {
        const name = `cart:${storeId}:${contactGuid}`;
        await sql`SELECT pg_advisory_xact_lock(hashtext(current_schema() || ${name}))`.execute(db.q);
        const before = (await repo.get(storeId, contactGuid)).lines;
        const after = await update(before);
        if (after === undefined) return { before, after: before };
        await repo.save({ storeId, contactGuid, lines: after, updatedAt });
        return { before, after };
      }),
  };
  return repo;
}
