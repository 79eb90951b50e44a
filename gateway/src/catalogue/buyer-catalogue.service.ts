// What a signed-in buyer sees (R3, R17a, R17b): the store's Visible and Sellable products (never Hidden or
// obsolete ones), each with the buyer's own price, the stock colour band (count only if the store shows counts)
// and whether it can be ordered under the store's out-of-stock policy.
import type { Clock } from '../clock.ts';
import type { CustomersRepo } from '../customers/customers.repo.ts';
import type { components } from '../generated/gateway.d.ts';
import { type PageRequest, pageOf } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import { resolvePrice } from '../pricing/pricing.ts';
import { type Store, storeDisplay } from '../stores/stores.types.ts';
import type { CatalogueRepo } from './catalogue.repo.ts';
import type { PriceRule, Product } from './catalogue.types.ts';

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
  categories(store: Store): Promise<string[]>;
}

export function createBuyerCatalogueService(deps: {
  catalogue: CatalogueRepo;
  customers: CustomersRepo;
  clock: Clock;
}): BuyerCatalogueService {
  const { catalogue, customers, clock } = deps;

  /** The products a buyer of this store may see, with what is available of each (summed over the store's warehouses). */
  const visible = async (store: Store): Promise<{ product: Product; available: number }[]> => {
    const wanted = new Set(store.warehouseCodes);
    const available = new Map<string, number>();
    for (const level of await catalogue.listStockLevels(store.id)) {
      if (wanted.has(level.warehouseCode))
        available.set(level.productGuid, (available.get(level.productGuid) ?? 0) + level.available);
    }
    const { outOfStockPolicy } = storeDisplay(store);
    return (await catalogue.listProducts(store.id))
      .filter((p) => !p.obsolete && p.status !== 'hidden')
      .map((product) => ({ product, available: available.get(product.guid) ?? 0 }))
      .filter(({ available: qty }) => outOfStockPolicy !== 'hidden' || qty > 0)
      .sort((a, b) => a.product.code.localeCompare(b.product.code));
  };

  return {
    async page(store, customerGuid, { search, category, ...paging }) {
      const customer = await customers.getCustomer(store.id, customerGuid);
      if (!customer) throw new AppError('not-signed-in', 'Your customer is no longer in this store.');
      const needle = search?.toLowerCase();
      const matching = (await visible(store)).filter(
        ({ product: p }) =>
          (!needle ||
            p.code.toLowerCase().includes(needle) ||
            p.description.toLowerCase().includes(needle)) &&
          (!category || p.categoryName === category),
      );
      const rules = new Map<string, PriceRule[]>();
      for (const rule of await catalogue.listPriceRules(store.id))
        rules.set(rule.productGuid, [...(rules.get(rule.productGuid) ?? []), rule]);
      const tiers = await catalogue.listPriceTiers(store.id);
      const today = clock.now().toISOString().slice(0, 10);
      const { outOfStockPolicy, showStockCounts } = storeDisplay(store);
      return pageOf(matching, paging, ({ product, available }): BuyerProduct => {
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
          imageUrls: images.map((image) => image.url),
          price,
          stock: { band, available: showStockCounts ? Math.max(0, available) : null },
          orderable:
            product.status === 'sellable' &&
            product.sellableInUnleashed &&
            price !== null &&
            inStockOrBackorder,
          backorder: band === 'out' && outOfStockPolicy === 'sellable',
        };
      });
    },
    async categories(store) {
      const names = new Set(
        (await visible(store))
          .map(({ product }) => product.categoryName)
          .filter((name): name is string => !!name),
      );
      return [...names].sort();
    },
  };
}
