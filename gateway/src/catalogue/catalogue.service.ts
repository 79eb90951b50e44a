// The store's choices on top of synced products (R3): Hidden, Visible or Sellable, one at a time or in bulk,
// within the plan's product limit (R7: a product Visible or Sellable in Base or in any custom catalogue counts
// once). A change past the limit changes nothing.

import type { AccountService } from '../account/account.service.ts';
import { PLAN_LIMITS } from '../account/plans.ts';
import type { AuditLog } from '../audit/audit-log.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { PortalDb } from '../db/database.ts';
import type { PageRequest } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import type { CatalogueRepo, ProductFilter } from './catalogue.repo.ts';
import type { Product, ProductStatus } from './catalogue.types.ts';

export type { ProductFilter } from './catalogue.repo.ts';

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
  /** The products matching the admin list's filters, by code (one page of them when asked), with how many match. */
  findProducts(
    storeId: string,
    filter: ProductFilter,
    page?: PageRequest,
  ): Promise<{ items: Product[]; total: number }>;
  /** Sets the status of the given products (by guid) or of every product matching `filter`. */
  setStatus(
    storeId: string,
    status: ProductStatus,
    target: { productGuids?: string[]; filter?: ProductFilter },
  ): Promise<StatusChangeResult>;
}

const listed = (status: ProductStatus) => status !== 'hidden';

/** The products named, all of them: a GUID the store does not have refuses the whole change. */
export async function productsNamed(
  catalogue: Pick<CatalogueRepo, 'getProducts'>,
  storeId: string,
  guids: readonly string[],
) {
  const found = new Map((await catalogue.getProducts(storeId, guids)).map((p) => [p.guid, p]));
  const missing = guids.filter((guid) => !found.has(guid));
  if (missing.length > 0)
    throw new AppError('not-found', `The store has no product ${missing.slice(0, 5).join(', ')}.`);
  return [...found.values()];
}

type ListingDeps = {
  statuses: Pick<EffectiveStatuses, 'countListed' | 'listedAmong'>;
  account: AccountService;
};

/** Refuses listing these products when the plan has no room for those not listed anywhere yet (R7). */
export async function assertRoomToList(deps: ListingDeps, storeId: string, products: readonly Product[]) {
  const guids = products.map((p) => p.guid);
  const already = await deps.statuses.listedAmong(storeId, guids);
  await deps.account.assertRoom(
    'products',
    await deps.statuses.countListed(storeId),
    guids.length - already.size,
  );
}

/** What a status change answers: how many of the targets changed, and the store's listed count against its plan. */
export async function statusChanged(
  deps: ListingDeps,
  storeId: string,
  status: ProductStatus,
  targets: readonly Product[],
  changing: readonly Product[],
): Promise<StatusChangeResult> {
  return {
    status,
    changed: changing.length,
    unchanged: targets.length - changing.length,
    listed: await deps.statuses.countListed(storeId),
    limit: PLAN_LIMITS[await deps.account.plan()].products,
  };
}

export function createCatalogueService(deps: {
  db: PortalDb;
  catalogue: CatalogueRepo;
  account: AccountService;
  /** R7's count of listed products (Base and every custom catalogue). */
  statuses: Pick<EffectiveStatuses, 'countListed' | 'listedAmong'>;
  audit: AuditLog;
}): CatalogueService {
  const { db, catalogue } = deps;
  return {
    findProducts: (storeId, filter, page) => catalogue.findProducts(storeId, filter, page),
    setStatus: (storeId, status, { productGuids, filter }) =>
      db.transaction(async () => {
        let targets: Product[];
        let skippedObsolete: number | undefined;
        if (productGuids) targets = await productsNamed(catalogue, storeId, productGuids);
        else {
          // "Every matching product" means every one that can take the status: obsolete ones are skipped.
          const matching = (await catalogue.findProducts(storeId, filter ?? {})).items;
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
          await assertRoomToList(deps, storeId, changing);
        }
        await catalogue.setProductStatus(
          storeId,
          changing.map((p) => p.guid),
          status,
        );
        for (const product of changing)
          await deps.audit.record({
            ...{ storeId, kind: 'product-status-changed', recordType: 'product', recordId: product.guid },
            summary: `${product.code} made ${status}`,
            ...{ before: { status: product.status }, after: { status } },
          });
        return {
          ...(await statusChanged(deps, storeId, status, targets, changing)),
          ...(skippedObsolete === undefined ? {} : { skippedObsolete }),
        };
      }),
  };
}
