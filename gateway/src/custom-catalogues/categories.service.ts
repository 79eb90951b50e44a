// Categories: Unleashed's product groups (master data, R1: renamed in Unleashed only) and the store's own
// categories (R3: store-only, survive every sync). A product is in its group's category and in any store
// category it was put in; buyers filter by either name.
import { randomUUID } from 'node:crypto';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { BaseCatalogue } from '../catalogue/catalogue.reader.ts';
import { productsNamed } from '../catalogue/catalogue.service.ts';
import { isUniqueViolation } from '../catalogue/page-writes.ts';
import type { Clock } from '../clock.ts';
import type { PortalDb } from '../db/database.ts';
import { AppError } from '../http/problems.ts';
import type { CataloguesRepo, StoreCategory } from './catalogues.repo.ts';

export type CategoryView = components['schemas']['Category'];

const view = (c: StoreCategory): CategoryView => ({
  id: c.categoryId,
  name: c.name,
  source: 'store',
  productGuids: c.productGuids,
});

export function createCategoriesService(deps: {
  db: PortalDb;
  repo: CataloguesRepo;
  catalogue: BaseCatalogue;
  clock: Clock;
  audit: AuditLog;
}) {
  const { repo, catalogue } = deps;
  /** Runs a change to a store category and records it in the same transaction (B5). */
  const audited = <T>(
    storeId: string,
    categoryId: string,
    kind: 'category-created' | 'category-changed' | 'category-deleted',
    change: () => Promise<{ result: T; summary: string; before: object | null; after: object | null }>,
  ) =>
    deps.db.transaction(async () => {
      const { result, summary, before, after } = await change();
      await deps.audit.record({
        ...{ storeId, kind, recordType: 'category', recordId: categoryId, summary },
        before: before as Record<string, unknown> | null,
        after: after as Record<string, unknown> | null,
      });
      return result;
    });
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
      return audited(storeId, head.categoryId, 'category-created', async () => {
        if (!(await repo.createCategory(head))) throw nameTaken(name);
        const result = view({ ...head, id: `${storeId}:${head.categoryId}`, productGuids: [] });
        return {
          result,
          summary: `Category "${head.name}" created`,
          before: null,
          after: { name: head.name },
        };
      });
    },
    async rename(storeId: string, categoryId: string, name: string): Promise<CategoryView> {
      const before = await own(storeId, categoryId);
      // Inside the audit's transaction a taken name aborts the transaction: it is told apart once it has rolled back.
      return audited(storeId, categoryId, 'category-changed', async () => {
        if (!(await repo.renameCategory(storeId, categoryId, name.trim()))) throw nameTaken(name);
        const summary = `Category "${before.name}" renamed "${name.trim()}"`;
        const result = view(await own(storeId, categoryId));
        return { result, summary, before: { name: before.name }, after: { name: result.name } };
      }).catch((error: unknown) => {
        throw isUniqueViolation(error) ? nameTaken(name) : error;
      });
    },
    async remove(storeId: string, categoryId: string): Promise<void> {
      const before = await own(storeId, categoryId);
      await audited(storeId, categoryId, 'category-deleted', async () => {
        await repo.removeCategory(storeId, categoryId);
        const summary = `Category "${before.name}" deleted`;
        return { result: undefined, summary, before: { name: before.name }, after: null };
      });
    },
    /** Replaces the category's products, in the order given; every product must be in the store. */
    async setProducts(storeId: string, categoryId: string, productGuids: string[]): Promise<CategoryView> {
      const before = await own(storeId, categoryId);
      const unique = [...new Set(productGuids)];
      await productsNamed(catalogue, storeId, unique);
      return audited(storeId, categoryId, 'category-changed', async () => {
        await repo.setCategoryProducts(storeId, categoryId, unique);
        const summary = `Products of category "${before.name}" set (${unique.length})`;
        const result = view(await own(storeId, categoryId));
        return {
          result,
          summary,
          before: { productGuids: before.productGuids },
          after: { productGuids: unique },
        };
      });
    },
  };
}

export type CategoriesService = ReturnType<typeof createCategoriesService>;
