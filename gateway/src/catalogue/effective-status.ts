// R17: what a product's status is for one buyer - the most permissive of its base status and its status in every
// custom catalogue the buyer's customer is assigned to (Sellable > Visible > Hidden). The buyer catalogue, the cart
// and order placement all read statuses through here; R7 counts products through `countListed` below.
import type { CatalogueRepo } from './catalogue.repo.ts';
import type { Product, ProductStatus } from './catalogue.types.ts';
import type { CataloguesRepo } from './catalogues.repo.ts';

const RANK: Record<ProductStatus, number> = { hidden: 0, visible: 1, sellable: 2 };

/** The more permissive of two statuses. */
export const morePermissive = (a: ProductStatus, b: ProductStatus): ProductStatus =>
  RANK[b] > RANK[a] ? b : a;

/** A product's status for one customer. */
export type StatusOf = (product: Product) => ProductStatus;

export interface EffectiveStatuses {
  /** The status resolver for one customer of the store (reads the catalogues once). */
  forCustomer(storeId: string, customerGuid: string): Promise<StatusOf>;
  /**
   * Products the plan counts (R7): not obsolete, and Visible or Sellable in Base or in ANY custom catalogue -
   * a product shown to some buyers is in the store. Each product counts once.
   */
  countListed(storeId: string): Promise<number>;
  /** Whether a product is listed anywhere (for the R7 room check of a change). */
  listedGuids(storeId: string): Promise<Set<string>>;
}

export function createEffectiveStatuses(deps: {
  catalogue: CatalogueRepo;
  catalogues: CataloguesRepo;
}): EffectiveStatuses {
  const listedGuids = async (storeId: string) => {
    const inCustom = new Set<string>();
    for (const c of await deps.catalogues.listCatalogues(storeId))
      for (const guid of Object.keys(c.statuses)) inCustom.add(guid);
    return new Set(
      (await deps.catalogue.listProducts(storeId))
        .filter((p) => !p.obsolete && (p.status !== 'hidden' || inCustom.has(p.guid)))
        .map((p) => p.guid),
    );
  };
  return {
    async forCustomer(storeId, customerGuid) {
      const mine = (await deps.catalogues.listCatalogues(storeId)).filter((c) =>
        c.customerGuids.includes(customerGuid),
      );
      return (product) =>
        mine.reduce<ProductStatus>(
          (status, c) => morePermissive(status, c.statuses[product.guid] ?? 'hidden'),
          product.status,
        );
    },
    countListed: async (storeId) => (await listedGuids(storeId)).size,
    listedGuids,
  };
}
