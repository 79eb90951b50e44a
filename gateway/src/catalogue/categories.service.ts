// Categories: Unleashed's product groups (master data, R1: renamed in Unleashed only) and the store's own
// categories (R3: store-only, survive every sync). A product is in its group's category and in any store
// category it was put in; buyers filter by either name.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { components } from '../generated/gateway.d.ts';
import { AppError } from '../http/problems.ts';
import type { CatalogueRepo } from './catalogue.repo.ts';
import { productsNamed } from './catalogue.service.ts';
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
  const nameTaken = (name: string) =>
    new AppError('name-taken', `The store already has a category named "${name.trim()}".`);

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
      const head = {
        storeId,
        categoryId: randomUUID(),
        name: name.trim(),
        createdAt: deps.clock.now().toISOString(),
      };
      if (!(await repo.createCategory(head))) throw nameTaken(name);
      return view({ ...head, id: `${storeId}:${head.categoryId}`, productGuids: [] });
    },
    async rename(storeId: string, categoryId: string, name: string): Promise<CategoryView> {
      await own(storeId, categoryId);
      if (!(await repo.renameCategory(storeId, categoryId, name.trim()))) throw nameTaken(name);
      return view(await own(storeId, categoryId));
    },
    async remove(storeId: string, categoryId: string): Promise<void> {
      await own(storeId, categoryId);
      await repo.removeCategory(storeId, categoryId);
    },
    /** Replaces the category's products, in the order given; every product must be in the store. */
    async setProducts(storeId: string, categoryId: string, productGuids: string[]): Promise<CategoryView> {
      await own(storeId, categoryId);
      const unique = [...new Set(productGuids)];
      await productsNamed(catalogue, storeId, unique);
      await repo.setCategoryProducts(storeId, categoryId, unique);
      return view(await own(storeId, categoryId));
    },
  };
}

export type CategoriesService = ReturnType<typeof createCategoriesService>;
