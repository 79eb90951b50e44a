// One server-side cart per contact and store.
import type { CollectionBackend } from '../storage/collections.ts';

export interface CartRecord {
  id: string;
  storeId: string;
  contactGuid: string;
  lines: { productGuid: string; quantity: number }[];
  updatedAt: string;
}

export interface CartsRepo {
  get(storeId: string, contactGuid: string): Promise<CartRecord>;
  save(cart: CartRecord): Promise<void>;
}

export async function createCartsRepo(backend: CollectionBackend): Promise<CartsRepo> {
  const carts = await backend.collection<CartRecord>('carts', 'carts');
  const id = (storeId: string, contactGuid: string) => `${storeId}:${contactGuid}`;
  return {
    get: async (storeId, contactGuid) =>
      carts.get(id(storeId, contactGuid)) ?? {
        id: id(storeId, contactGuid),
        storeId,
        contactGuid,
        lines: [],
        updatedAt: '',
      },
    save: (cart) => carts.put(cart),
  };
}
