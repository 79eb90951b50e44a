// Store-only catalogue data (R3, R17): custom catalogues (product statuses that override Base for the customers
// assigned) and store categories (product lists of the store's own). Keyed `${storeId}:${id}`; no sync touches them.
import type { CollectionBackend } from '../storage/collections.ts';
import type { ProductStatus } from './catalogue.types.ts';

export interface CustomCatalogue {
  id: string;
  storeId: string;
  catalogueId: string;
  name: string;
  /** productGuid → Visible or Sellable; a product not listed here is Hidden in this catalogue. */
  statuses: Record<string, Exclude<ProductStatus, 'hidden'>>;
  customerGuids: string[];
  createdAt: string;
}

export interface StoreCategory {
  id: string;
  storeId: string;
  categoryId: string;
  name: string;
  productGuids: string[];
  createdAt: string;
}

export interface CataloguesRepo {
  listCatalogues(storeId: string): Promise<CustomCatalogue[]>;
  getCatalogue(storeId: string, catalogueId: string): Promise<CustomCatalogue | undefined>;
  saveCatalogue(catalogue: CustomCatalogue): Promise<void>;
  removeCatalogue(storeId: string, catalogueId: string): Promise<void>;
  listCategories(storeId: string): Promise<StoreCategory[]>;
  getCategory(storeId: string, categoryId: string): Promise<StoreCategory | undefined>;
  saveCategory(category: StoreCategory): Promise<void>;
  removeCategory(storeId: string, categoryId: string): Promise<void>;
  /** Moves whenever a catalogue or category changes (any store): the key for caches built on them. */
  version(): string;
}

/** The embedded repository (concern `store-catalogues`). */
export async function createCataloguesRepo(backend: CollectionBackend): Promise<CataloguesRepo> {
  const catalogues = await backend.collection<CustomCatalogue>('store-catalogues', 'catalogues');
  const categories = await backend.collection<StoreCategory>('store-catalogues', 'categories');
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    version: () => `${catalogues.version}.${categories.version}`,
    listCatalogues: async (storeId) =>
      catalogues
        .all()
        .filter((c) => c.storeId === storeId)
        .sort(byName),
    getCatalogue: async (storeId, catalogueId) => catalogues.get(`${storeId}:${catalogueId}`),
    saveCatalogue: (catalogue) => catalogues.put(catalogue),
    removeCatalogue: async (storeId, catalogueId) => {
      await catalogues.remove(`${storeId}:${catalogueId}`);
    },
    listCategories: async (storeId) =>
      categories
        .all()
        .filter((c) => c.storeId === storeId)
        .sort(byName),
    getCategory: async (storeId, categoryId) => categories.get(`${storeId}:${categoryId}`),
    saveCategory: (category) => categories.put(category),
    removeCategory: async (storeId, categoryId) => {
      await categories.remove(`${storeId}:${categoryId}`);
    },
  };
}
