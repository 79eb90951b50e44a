// The store's choices on top of synced products (R3): Hidden, Visible or Sellable, one at a time or in bulk,
// within the plan's product limit (R7: a product Visible or Sellable in Base or in any custom catalogue counts
// once). A change past the limit changes nothing.
import type { AccountService } from '../account/account.service.ts';
import { PLAN_LIMITS } from '../account/plans.ts';
import { AppError } from '../http/problems.ts';
import type { CatalogueRepo } from './catalogue.repo.ts';
import type { Product, ProductStatus } from './catalogue.types.ts';
import type { EffectiveStatuses } from './effective-status.ts';

export interface ProductFilter {
  search?: string;
  status?: ProductStatus;
}

export interface StatusChangeResult {
  status: ProductStatus;
  changed: number;
  unchanged: number;
  listed: number;
  limit: number | null;
  /** A change by filter: obsolete products it left alone rather than refusing the whole change. */
  skippedObsolete?: number;
}

export interface CatalogueService {
  /** Products matching the admin list's filters, by code. */
  findProducts(storeId: string, filter: ProductFilter): Promise<Product[]>;
  /** Sets the status of the given products (by guid) or of every product matching `filter`. */
  setStatus(
    storeId: string,
    status: ProductStatus,
    target: { productGuids?: string[]; filter?: ProductFilter },
  ): Promise<StatusChangeResult>;
}

const listed = (status: ProductStatus) => status !== 'hidden';

export function createCatalogueService(deps: {
  catalogue: CatalogueRepo;
  account: AccountService;
  statuses: EffectiveStatuses;
}): CatalogueService {
  const { catalogue, account, statuses } = deps;
  const service: CatalogueService = {
    async findProducts(storeId, { search, status }) {
      const needle = search?.toLowerCase();
      return (await catalogue.listProducts(storeId))
        .filter(
          (p) =>
            !needle || p.code.toLowerCase().includes(needle) || p.description.toLowerCase().includes(needle),
        )
        .filter((p) => !status || p.status === status)
        .sort((a, b) => a.code.localeCompare(b.code));
    },
    async setStatus(storeId, status, { productGuids, filter }) {
      let targets: Product[];
      let skippedObsolete: number | undefined;
      if (productGuids) {
        const found = await Promise.all(productGuids.map((guid) => catalogue.getProduct(storeId, guid)));
        const missing = productGuids.filter((_, i) => !found[i]);
        if (missing.length > 0)
          throw new AppError('not-found', `The store has no product ${missing.slice(0, 5).join(', ')}.`);
        targets = found as Product[];
      } else {
        // "Every matching product" means every one that can take the status: obsolete ones are skipped.
        const matching = await service.findProducts(storeId, filter ?? {});
        targets = listed(status) ? matching.filter((p) => !p.obsolete || p.status === status) : matching;
        skippedObsolete = matching.length - targets.length;
      }
      const changing = targets.filter((p) => p.status !== status);
      if (listed(status)) {
        const obsolete = changing.filter((p) => p.obsolete);
        if (obsolete.length > 0) {
          throw new AppError(
            'product-obsolete',
            `Obsolete in Unleashed, so it cannot be shown: ${obsolete
              .slice(0, 5)
              .map((p) => p.code)
              .join(', ')}.`,
          );
        }
        const before = await statuses.listedGuids(storeId);
        await account.assertRoom('products', before.size, changing.filter((p) => !before.has(p.guid)).length);
      }
      await catalogue.saveProducts(changing.map((p) => ({ ...p, status })));
      return {
        status,
        changed: changing.length,
        unchanged: targets.length - changing.length,
        listed: await statuses.countListed(storeId),
        limit: PLAN_LIMITS[await account.plan()].products,
        ...(skippedObsolete === undefined ? {} : { skippedObsolete }),
      };
    },
  };
  return service;
}
