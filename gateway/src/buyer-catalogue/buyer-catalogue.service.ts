// What a signed-in buyer sees (R3, R17, R17a, R17b): the products Visible or Sellable for the buyer's customer
// (its effective status over Base and its custom catalogues; never Hidden or obsolete ones), in their product group
// and store categories, each with the buyer's own price, the stock colour band (count only if the store shows counts)
// and whether it can be ordered under the store's out-of-stock policy.

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { BaseCatalogue, ProductNames } from '../catalogue/catalogue.reader.ts';
import type { PriceRule, PriceTier, Product, ProductStatus } from '../catalogue/catalogue.types.ts';
import type { Clock } from '../clock.ts';
import type { CustomerCatalogues } from '../custom-catalogues/custom-catalogues.reader.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Customer } from '../customers/customers.types.ts';
import type { DataVersions } from '../db/data-versions.ts';
import { type PageRequest, pageOf } from '../http/paging.ts';
import { AppError } from '../http/problems.ts';
import type { RuleBook } from '../order-rules/order-rules.service.ts';
import { describeQuantityRule } from '../order-rules/quantity-rules.ts';
import { resolvePrice, validOn } from '../pricing/pricing.ts';
import { type Store, storeDisplay } from '../stores/stores.types.ts';

export type BuyerProduct = components['schemas']['BuyerProduct'];
/** One product with its price breaks; the route adds the stock sync time. */
type BuyerProductDetail = Omit<components['schemas']['BuyerProductDetail'], 'stockSyncedAt'>;
type PriceBreak = BuyerProductDetail['priceBreaks'][number];
type Band = BuyerProduct['stock']['band'];

/** R17b: more than 10 available is plenty (green), 1–10 low (amber), none out (red). */
export function stockBand(available: number): Band {
  return available > 10 ? 'plenty' : available > 0 ? 'low' : 'out';
}

/** The day prices are resolved for (validity dates are whole UTC days). */
const todayOf = (clock: Clock) => clock.now().toISOString().slice(0, 10);

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
  /** One product this customer may see, by code (any case), with its price breaks; not-found otherwise. */
  product(store: Store, customerGuid: string, code: string): Promise<BuyerProductDetail>;
  categories(store: Store, customerGuid: string): Promise<string[]>;
}

export function createBuyerCatalogueService(deps: {
  catalogue: BaseCatalogue;
  customers: CustomerReader;
  catalogues: CustomerCatalogues;
  /** The store's own names and descriptions (R3): buyers see them instead of Unleashed's description. */
  overrides: ProductNames;
  statuses: EffectiveStatuses;
  versions: DataVersions;
  clock: Clock;
  /** The customer's order rules (B4): each product shows its quantity rule ("min 6, in 6s"). */
  orderRules: { ruleBook(storeId: string, customer: Customer): Promise<RuleBook> };
}): BuyerCatalogueService {
  const { catalogue, customers, clock, versions } = deps;

  type Seen = {
    product: Product;
    status: ProductStatus;
    available: number;
    categories: string[];
    /** The store's own name when it has one (R3), else Unleashed's description. */
    name: string;
    /** The store's own description (R3). */
    details: string | null;
    /** Lower-cased code, name and Unleashed's description, for search. */
    text: string;
  };
  // Every catalogue page used to rebuild the whole visible list (10,000 products: ~25 ms); it is now rebuilt only
  // when the catalogue, the custom catalogues or the store's display settings change — as the committed data
  // versions say, so a change made through any instance is seen. Customers assigned to the same custom catalogues
  // share one list. A page served from cache costs no query (versions are remembered for a moment). Measured by
  // `npm run bench:catalogue`.
  const lists = new Map<string, { version: string; seen: Seen[] }>();
  type CataloguePage = Awaited<ReturnType<BuyerCatalogueService['page']>>;
  const pages = new Map<string, { list: Seen[]; page: CataloguePage }>();
  const rulesByStore = new Map<string, { version: number; byProduct: Map<string, PriceRule[]> }>();

  /** Customers assigned to the same custom catalogues share a list; the key names the store and those catalogues. */
  const listKeys = new Map<string, { version: number; key: string }>();
  const listKeyOf = async (storeId: string, customerGuid: string): Promise<string> => {
    const version = await versions.current(storeId, 'catalogues');
    const cached = listKeys.get(`${storeId}|${customerGuid}`);
    if (cached?.version === version) return cached.key;
    const assigned = await deps.catalogues.catalogueIdsOf(storeId, customerGuid);
    const key = `${storeId}|${assigned.join(',')}`;
    if (listKeys.size >= 10_000) listKeys.clear();
    listKeys.set(`${storeId}|${customerGuid}`, { version, key });
    return key;
  };

  /** The products this customer may see, with their status for it, stock (over the store's warehouses) and categories. */
  const visible = async (store: Store, customerGuid: string): Promise<Seen[]> => {
    const { outOfStockPolicy } = storeDisplay(store);
    const listKey = await listKeyOf(store.id, customerGuid);
    const version = [
      await versions.current(store.id, 'catalogue'),
      await versions.current(store.id, 'catalogues'),
      store.warehouseCodes.join(','),
      outOfStockPolicy,
    ].join('|');
    const cached = lists.get(listKey);
    if (cached?.version === version) return cached.seen;

    const statusOf = await deps.statuses.forCustomer(store.id, customerGuid);
    const extra = await deps.catalogues.categoryNamesByProduct(store.id);
    const stock = await catalogue.stockTotals(store.id, store.warehouseCodes);
    const overrides = await deps.overrides.overridesOf(store.id);
    const seen = (await catalogue.listProducts(store.id))
      .map((product) => ({
        product,
        name: overrides.get(product.guid)?.name ?? product.description,
        details: overrides.get(product.guid)?.description ?? null,
        status: statusOf(product),
        available: stock.get(product.guid)?.available ?? 0,
        categories: [
          ...(product.categoryName ? [product.categoryName] : []),
          ...(extra.get(product.guid) ?? []),
        ],
        text: [product.code, overrides.get(product.guid)?.name ?? '', product.description]
          .join('\n')
          .toLowerCase(),
      }))
      .filter(({ product, status }) => !product.obsolete && status !== 'hidden')
      .filter(({ available: qty }) => outOfStockPolicy !== 'hidden' || qty > 0)
      .sort((a, b) => a.product.code.localeCompare(b.product.code));
    if (lists.size >= 1_000) lists.clear();
    lists.set(listKey, { version, seen });
    return seen;
  };

  /** The store's price rules by product, rebuilt when the catalogue changes. */
  const rulesOf = async (storeId: string): Promise<Map<string, PriceRule[]>> => {
    const version = await versions.current(storeId, 'catalogue');
    const cached = rulesByStore.get(storeId);
    if (cached?.version === version) return cached.byProduct;
    const byProduct = new Map<string, PriceRule[]>();
    for (const rule of await catalogue.listPriceRules(storeId)) {
      const list = byProduct.get(rule.productGuid);
      if (list) list.push(rule);
      else byProduct.set(rule.productGuid, [rule]);
    }
    rulesByStore.set(storeId, { version, byProduct });
    return byProduct;
  };

  /** What turns a listed product into what this buyer sees: its customer, the price rules and the store's settings. */
  type Pricing = {
    customer: Customer;
    rules: Map<string, PriceRule[]>;
    tiers: PriceTier[];
    today: string;
    book: RuleBook;
  };
  const pricingFor = async (store: Store, customerGuid: string, today: string): Promise<Pricing> => {
    const customer = await customers.getCustomer(store.id, customerGuid);
    if (!customer) throw new AppError('not-signed-in', 'Your customer is no longer in this store.');
    return {
      customer,
      rules: await rulesOf(store.id),
      tiers: await catalogue.listPriceTiers(store.id),
      today,
      book: await deps.orderRules.ruleBook(store.id, customer),
    };
  };

  const priceOf = (pricing: Pricing, product: Product, quantity: number) =>
    resolvePrice({
      product,
      customer: pricing.customer,
      rules: pricing.rules.get(product.guid) ?? [],
      tiers: pricing.tiers,
      quantity,
      today: pricing.today,
    });

  const present = (store: Store, pricing: Pricing, seen: Seen): BuyerProduct => {
    const { product, status, available, categories } = seen;
    const { outOfStockPolicy, showStockCounts } = storeDisplay(store);
    const band = stockBand(available);
    const price = priceOf(pricing, product, 1).price;
    const inStockOrBackorder = band !== 'out' || outOfStockPolicy === 'sellable';
    const images = [...product.images].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
    const rule = pricing.book.quantityRuleOf(product);
    return {
      guid: product.guid,
      code: product.code,
      description: seen.name,
      category: product.categoryName,
      categories,
      imageUrls: images.map((image) => image.url),
      price,
      stock: { band, available: showStockCounts ? Math.max(0, available) : null },
      orderable: status === 'sellable' && product.sellableInUnleashed && price !== null && inStockOrBackorder,
      backorder: band === 'out' && outOfStockPolicy === 'sellable',
      quantityRule: { ...rule, label: describeQuantityRule(rule) },
    };
  };

  /** R17a: each quantity from which a quantity break changes this customer's unit price, with that price. */
  const priceBreaksOf = (pricing: Pricing, product: Product, base: number | null) => {
    const minimums = [
      ...new Set(
        (pricing.rules.get(product.guid) ?? [])
          .filter((rule) => rule.minimumQuantity > 1 && validOn(rule, pricing.today))
          .map((rule) => rule.minimumQuantity),
      ),
    ].sort((a, b) => a - b);
    const breaks: PriceBreak[] = [];
    let last = base;
    let cheapest = base;
    for (const minimumQuantity of minimums) {
      const resolved = priceOf(pricing, product, minimumQuantity);
      if (resolved.source !== 'quantity-break' || resolved.price === null) continue;
      if (resolved.price === last) continue;
      // Unleashed ranks a break above the customer's tier, so a break can even raise the price: shown as it is,
      // and said (issue 16 item 3), so buying more never surprises at checkout.
      const raisesPrice = cheapest !== null && resolved.price > cheapest;
      breaks.push({ minimumQuantity, price: resolved.price, raisesPrice });
      last = resolved.price;
      if (cheapest === null || resolved.price < cheapest) cheapest = resolved.price;
    }
    return breaks;
  };

  const buildPage = async (
    store: Store,
    customerGuid: string,
    all: Seen[],
    today: string,
    { search, category, ...paging }: { search?: string; category?: string } & PageRequest,
  ): Promise<CataloguePage> => {
    const pricing = await pricingFor(store, customerGuid, today);
    const needle = search?.toLowerCase();
    const matching =
      !needle && !category
        ? all
        : all.filter(
            ({ text, categories }) =>
              (!needle || text.includes(needle)) && (!category || categories.includes(category)),
          );
    return pageOf(matching, paging, (seen) => present(store, pricing, seen));
  };

  return {
    async page(store, customerGuid, query) {
      // A page depends on the list, the customer (prices, order rules) and the day (price validity): cached on all.
      const list = await visible(store, customerGuid);
      const today = todayOf(clock);
      const key = [
        store.id,
        customerGuid,
        await versions.current(store.id, 'customers'),
        await versions.current(store.id, 'order-rules'),
        today,
        query.search ?? '',
        query.category ?? '',
        query.page,
        query.pageSize,
        storeDisplay(store).showStockCounts,
      ].join('|');
      const hit = pages.get(key);
      if (hit?.list === list) return hit.page;
      const page = await buildPage(store, customerGuid, list, today, query);
      if (pages.size >= 2_000) pages.clear();
      pages.set(key, { list, page });
      return page;
    },
    async product(store, customerGuid, code) {
      const wanted = code.toLowerCase();
      const seen = (await visible(store, customerGuid)).find((x) => x.product.code.toLowerCase() === wanted);
      if (!seen) throw new AppError('not-found', `Your catalogue has no product ${code}.`);
      const pricing = await pricingFor(store, customerGuid, todayOf(clock));
      const shown = present(store, pricing, seen);
      const priceBreaks = priceBreaksOf(pricing, seen.product, shown.price);
      return { ...shown, priceBreaks, details: seen.details };
    },
    async categories(store, customerGuid) {
      const names = new Set((await visible(store, customerGuid)).flatMap(({ categories }) => categories));
      return [...names].sort();
    },
  };
}
