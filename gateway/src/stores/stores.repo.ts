// Stores of the account.
import type { CollectionBackend } from '../storage/collections.ts';
import type { Store } from './stores.types.ts';

export interface StoresRepo {
  list(): Promise<Store[]>;
  get(id: string): Promise<Store | undefined>;
  save(store: Store): Promise<void>;
}

export async function createStoresRepo(backend: CollectionBackend): Promise<StoresRepo> {
  const stores = await backend.collection<Store>('stores', 'stores');
  return {
    list: async () => [...stores.all()].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    get: async (id) => stores.get(id),
    save: (store) => stores.put(store),
  };
}
