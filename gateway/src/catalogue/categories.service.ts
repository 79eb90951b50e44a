// Categories: Unleashed's product groups (master data, R1: renamed in Unleashed only) and the store's own
// categories (R3: store-only, survive every sync). A product is in its group's category and in any store
// category it was put in; buyers filter by either name.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { components } from '../generated/gateway.d.ts';
import { AppError } from '../http/problems.ts';
import type { CatalogueRepo } from './catalogue.repo.ts';
import type { CataloguesRepo, StoreCategory } from './catalogues.repo.ts';

export type CategoryView = components['schemas']['Category'];

const view = (c: StoreCategory): CategoryView => ({
  id: c.categoryId,
  name: c.name,
  source: 'store',
  productGuids: c.productGuids,
});

export function createCategoriesService(deps: {
  repo: CataloguesRepo;
  catalogue: CatalogueRepo;
  clock: Clock;
}) {
  const { repo, catalogue } = deps;
  const own = async (storeId: string, categoryId: string): Promise<StoreCategory> => {
    const found = await repo.getCategory(storeId, categoryId);
    if (found) return found;
    if (await catalogue.getCategory(storeId, categoryId))
      throw new AppError(
        'category-from-unleashed',
        'This category is a product group: change it in Unleashed.',
      );
    throw new AppError('not-found', `There is no category ${categoryId}.`);
  };
  const assertNameFree = async (storeId: string, name: string, exceptId?: string) => {
    const wanted = name.trim().toLowerCase();
    const taken = (await repo.listCategories(storeId)).some(
      (c) => c.categoryId !== exceptId && c.name.toLowerCase() === wanted,
    );
    if (taken) throw new AppError('name-taken', `The store already has a category named "${name.trim()}".`);
  };

  return {
    /** Product groups and store categories, by name. */
    async list(storeId: string): Promise<CategoryView[]> {
      const groups: CategoryView[] = (await catalogue.listCategories(storeId)).map((g) => ({
        id: g.guid,
        name: g.name,
        source: 'unleashed',
        productGuids: [],
      }));
      const mine = (await repo.listCategories(storeId)).map(view);
      return [...groups, ...mine].sort((a, b) => a.name.localeCompare(b.name));
    },
    async create(storeId: string, name: string): Promise<CategoryView> {
      await assertNameFree(storeId, name);
      const categoryId = randomUUID();
      const record: StoreCategory = {
        id: `${storeId}:${categoryId}`,
        storeId,
        categoryId,
        name: name.trim(),
        productGuids: [],
        createdAt: deps.clock.now().toISOString(),
      };
      await repo.saveCategory(record);
      return view(record);
    },
    async rename(storeId: string, categoryId: string, name: string): Promise<CategoryView> {
      const record = await own(storeId, categoryId);
      await assertNameFree(storeId, name, categoryId);
      const next = { ...record, name: name.trim() };
      await repo.saveCategory(next);
      return view(next);
    },
    async remove(storeId: string, categoryId: string): Promise<void> {
      await own(storeId, categoryId);
      await repo.removeCategory(storeId, categoryId);
    },
    /** Replaces the category's products; every product must be in the store. */
    async setProducts(storeId: string, categoryId: string, productGuids: string[]): Promise<CategoryView> {
      const record = await own(storeId, categoryId);
      const unique = [...new Set(productGuids)];
      const found = await Promise.all(unique.map((guid) => catalogue.getProduct(storeId, guid)));
      const missing = unique.filter((_, i) => !found[i]);
      if (missing.length > 0)
        throw new AppError('not-found', `The store has no product ${missing.slice(0, 5).join(', ')}.`);
      const next = { ...record, productGuids: unique };
      await repo.saveCategory(next);
      return view(next);
    },
  };
}

export type CategoriesService = ReturnType<typeof createCategoriesService>;

/** productGuid → the names of the store categories it is in (for the buyer catalogue). */
export async function storeCategoryNames(
  repo: CataloguesRepo,
  storeId: string,
): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  for (const c of await repo.listCategories(storeId))
    for (const guid of c.productGuids) names.set(guid, [...(names.get(guid) ?? []), c.name]);
  return names;
}
