// What a signed-in buyer sees (R3, R17, R17a, R17b): the products Visible or Sellable for the buyer's customer
// (its effective status over Base and its custom catalogues; never Hidden or obsolete ones), in their product group
// and store categories, each with the buyer's own price, the stock colour band (count only if the store shows counts)
// and whether it can be ordered under the store's out-of-stock policy.
import type { Clock } from '../clock.ts';
import type { CustomersRepo } from '../customers/customers.repo.ts';
import type { components } from '../generated/gateway.d.ts';
import { type PageRequest, pageOf } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import { resolvePrice } from '../pricing/pricing.ts';
import { type Store, storeDisplay } from '../stores/stores.types.ts';
import type { CatalogueRepo } from './catalogue.repo.ts';
import type { PriceRule, Product, ProductStatus } from './catalogue.types.ts';
import type { CataloguesRepo } from './catalogues.repo.ts';
import { storeCategoryNames } from './categories.service.ts';
import type { EffectiveStatuses } from './effective-status.ts';

export type BuyerProduct = components['schemas']['BuyerProduct'];
type Band = BuyerProduct['stock']['band'];

/** R17b: more than 10 available is plenty (green), 1–10 low (amber), none out (red). */
export function stockBand(available: number): Band {
  return available > 10 ? 'plenty' : available > 0 ? 'low' : 'out';
}

export interface BuyerCatalogueService {
  page(
    store: Store,
    customerGuid: string,
    query: { search?: string; category?: string } & PageRequest,
  ): Promise<{
    items: BuyerProduct[];
    page: number;
    pageSize: number;
    total: number;
  }>;
  categories(store: Store, customerGuid: string): Promise<string[]>;
}

export function createBuyerCatalogueService(deps: {
  catalogue: CatalogueRepo;
  customers: CustomersRepo;
  catalogues: CataloguesRepo;
  statuses: EffectiveStatuses;
  clock: Clock;
}): BuyerCatalogueService {
  const { catalogue, customers, clock } = deps;

  type Seen = { product: Product; status: ProductStatus; available: number; categories: string[] };
  /** The products this customer may see, with their status for it, stock (over the store's warehouses) and categories. */
  const visible = async (store: Store, customerGuid: string): Promise<Seen[]> => {
    const statusOf = await deps.statuses.forCustomer(store.id, customerGuid);
    const extra = await storeCategoryNames(deps.catalogues, store.id);
    const wanted = new Set(store.warehouseCodes);
    const available = new Map<string, number>();
    for (const level of await catalogue.listStockLevels(store.id)) {
      if (wanted.has(level.warehouseCode))
        available.set(level.productGuid, (available.get(level.productGuid) ?? 0) + level.available);
    }
    const { outOfStockPolicy } = storeDisplay(store);
    return (await catalogue.listProducts(store.id))
      .map((product) => ({
        product,
        status: statusOf(product),
        available: available.get(product.guid) ?? 0,
        categories: [
          ...(product.categoryName ? [product.categoryName] : []),
          ...(extra.get(product.guid) ?? []),
        ],
      }))
      .filter(({ product, status }) => !product.obsolete && status !== 'hidden')
      .filter(({ available: qty }) => outOfStockPolicy !== 'hidden' || qty > 0)
      .sort((a, b) => a.product.code.localeCompare(b.product.code));
  };

  return {
    async page(store, customerGuid, { search, category, ...paging }) {
      const customer = await customers.getCustomer(store.id, customerGuid);
      if (!customer) throw new AppError('not-signed-in', 'Your customer is no longer in this store.');
      const needle = search?.toLowerCase();
      const matching = (await visible(store, customerGuid)).filter(
        ({ product: p, categories }) =>
          (!needle ||
            p.code.toLowerCase().includes(needle) ||
            p.description.toLowerCase().includes(needle)) &&
          (!category || categories.includes(category)),
      );
      const rules = new Map<string, PriceRule[]>();
      for (const rule of await catalogue.listPriceRules(store.id))
        rules.set(rule.productGuid, [...(rules.get(rule.productGuid) ?? []), rule]);
      const tiers = await catalogue.listPriceTiers(store.id);
      const today = clock.now().toISOString().slice(0, 10);
      const { outOfStockPolicy, showStockCounts } = storeDisplay(store);
      return pageOf(matching, paging, ({ product, status, available, categories }): BuyerProduct => {
        const band = stockBand(available);
        const price = resolvePrice({
          product,
          customer,
          rules: rules.get(product.guid) ?? [],
          tiers,
          quantity: 1,
          today,
        }).price;
        const inStockOrBackorder = band !== 'out' || outOfStockPolicy === 'sellable';
        const images = [...product.images].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
        return {
          guid: product.guid,
          code: product.code,
          description: product.description,
          category: product.categoryName,
          categories,
          imageUrls: images.map((image) => image.url),
          price,
          stock: { band, available: showStockCounts ? Math.max(0, available) : null },
          orderable:
            status === 'sellable' && product.sellableInUnleashed && price !== null && inStockOrBackorder,
          backorder: band === 'out' && outOfStockPolicy === 'sellable',
        };
      });
    },
    async categories(store, customerGuid) {
      const names = new Set((await visible(store, customerGuid)).flatMap(({ categories }) => categories));
      return [...names].sort();
    },
  };
}
