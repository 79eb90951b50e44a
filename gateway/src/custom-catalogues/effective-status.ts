// R17: what a product's status is for one buyer - the most permissive of its base status and its status in every
// custom catalogue the buyer's customer is assigned to (Sellable > Visible > Hidden). The buyer catalogue, the cart
// and order placement all read statuses through here; R7 counts products through `countListed` below.

import type { BaseCatalogue } from '../catalogue/catalogue.reader.ts';
import type { Product, ProductStatus } from '../catalogue/catalogue.types.ts';
import type { DataVersions } from '../db/data-versions.ts';
import type { CataloguesRepo, ListedStatus } from './catalogues.repo.ts';

const RANK: Record<ProductStatus, number> = { hidden: 0, visible: 1, sellable: 2 };

/** The more permissive of two statuses. */
export const morePermissive = (a: ProductStatus, b: ProductStatus): ProductStatus =>
  RANK[b] > RANK[a] ? b : a;

/** A product's status for one customer. */
export type StatusOf = (product: Product) => ProductStatus;

export interface EffectiveStatuses {
  /** The status resolver for one customer of the store (its catalogues' listings, read once per data version). */
  forCustomer(storeId: string, customerGuid: string): Promise<StatusOf>;
  /**
   * Products the plan counts (R7): not obsolete, and Visible or Sellable in Base or in ANY custom catalogue -
   * a product shown to some buyers is in the store. Each product counts once.
   */
  countListed(storeId: string): Promise<number>;
  /** Which of `guids` are listed as countListed counts them (for the R7 room check of a change). */
  listedAmong(storeId: string, guids: readonly string[]): Promise<Set<string>>;
}

export function createEffectiveStatuses(deps: {
  catalogue: BaseCatalogue;
  catalogues: CataloguesRepo;
  versions: DataVersions;
}): EffectiveStatuses {
  // A cart priced, a page built: each asks for the customer's listings; they change only with the catalogues.
  const listings = new Map<string, { version: number; byProduct: Map<string, ListedStatus> }>();
  return {
    async forCustomer(storeId, customerGuid) {
      const version = await deps.versions.current(storeId, 'catalogues');
      const key = `${storeId}|${customerGuid}`;
      let known = listings.get(key);
      if (known?.version !== version) {
        known = { version, byProduct: await deps.catalogues.statusesForCustomer(storeId, customerGuid) };
        if (listings.size >= 10_000) listings.clear();
        listings.set(key, known);
      }
      const { byProduct } = known;
      return (product) => morePermissive(product.status, byProduct.get(product.guid) ?? 'hidden');
    },
    countListed: (storeId) => deps.catalogue.countListed(storeId),
    listedAmong: (storeId, guids) => deps.catalogue.listedAmong(storeId, guids),
  };
}
