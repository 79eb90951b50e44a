// One server-side cart per contact and store (table `carts`); an admin acting for a customer has a cart of its
// own under the acting cart key (acting.types.ts actingCartKey) in place of a contact GUID.
import type { PortalDb } from '../db/database.ts';

export interface CartRecord {
  storeId: string;
  /** The contact's GUID, or the acting cart key. */
  contactGuid: string;
  lines: { productGuid: string; quantity: number }[];
  /** '' for a cart never saved. */
  updatedAt: string;
}

export interface CartsRepo {
  /** The saved cart, or an empty one. */
  get(storeId: string, contactGuid: string): Promise<CartRecord>;
  save(cart: CartRecord): Promise<void>;
}

export function createCartsRepo(db: PortalDb): CartsRepo {
  return {
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
  };
}
