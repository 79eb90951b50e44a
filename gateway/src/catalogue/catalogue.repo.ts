// Catalogue persistence: products, categories, price tiers, price rules and stock levels per store. Records
// are keyed `${storeId}:${guid}` (tiers by number, stock by product and warehouse), so stores never collide.
import type { Collection, CollectionBackend } from '../storage/collections.ts';
import type { Category, PriceRule, PriceTier, Product, StockLevel } from './catalogue.types.ts';

/** Stock of one product summed over a set of warehouses (R4). */
export interface StockTotals {
  onHand: number;
  allocated: number;
  available: number;
}

export interface CatalogueRepo {
  getProduct(storeId: string, guid: string): Promise<Product | undefined>;
  listProducts(storeId: string): Promise<Product[]>;
  saveProducts(products: Product[]): Promise<void>;

  getCategory(storeId: string, guid: string): Promise<Category | undefined>;
  listCategories(storeId: string): Promise<Category[]>;
  saveCategories(categories: Category[]): Promise<void>;

  getPriceTier(storeId: string, number: number): Promise<PriceTier | undefined>;
  listPriceTiers(storeId: string): Promise<PriceTier[]>;
  savePriceTiers(tiers: PriceTier[]): Promise<void>;

  getPriceRule(storeId: string, guid: string): Promise<PriceRule | undefined>;
  /** Every rule of the store, or of one product. */
  listPriceRules(storeId: string, productGuid?: string): Promise<PriceRule[]>;
  savePriceRules(rules: PriceRule[]): Promise<void>;
  /** Removes these rules of the store (by GUID); returns how many there were. */
  removePriceRules(storeId: string, guids: string[]): Promise<number>;

  getStockLevel(storeId: string, productGuid: string, warehouseCode: string): Promise<StockLevel | undefined>;
  listStockLevels(storeId: string): Promise<StockLevel[]>;
  saveStockLevels(levels: StockLevel[]): Promise<void>;
  /** Removes a warehouse's levels (the store stopped using it); returns how many there were. */
  removeStockOfWarehouse(storeId: string, warehouseCode: string): Promise<number>;
  /** One product's stock summed over `warehouseCodes`; zeros when none is known. */
  stockOf(storeId: string, productGuid: string, warehouseCodes: readonly string[]): Promise<StockTotals>;
  /** Moves whenever products, categories, tiers, prices or stock change (any store): the key for derived caches. */
  version(): string;
}

/** Writes only when there is something to write (a lowdb concern is rewritten whole on every put). */
async function putAll<T extends { id: string }>(collection: Collection<T>, records: T[]): Promise<void> {
  if (records.length > 0) await collection.put(...records);
}

const key = (storeId: string, ...parts: (string | number)[]) => [storeId, ...parts].join(':');

/** The embedded catalogue repository (concern `catalogue`). */
export async function createCatalogueRepo(backend: CollectionBackend): Promise<CatalogueRepo> {
  const products = await backend.collection<Product>('catalogue', 'products');
  const categories = await backend.collection<Category>('catalogue', 'categories');
  const tiers = await backend.collection<PriceTier>('catalogue', 'priceTiers');
  // Prices and stock live in files of their own: a lowdb concern is rewritten whole on every write, and the
  // stock pass writes a page at a time (measured by `npm run bench:sync`: 2.5x → see the issue note).
  const rules = await backend.collection<PriceRule>('prices', 'priceRules');
  const stock = await backend.collection<StockLevel>('stock', 'stockLevels');
  const ofStore = <T extends { storeId: string }>(all: readonly T[], storeId: string) =>
    all.filter((record) => record.storeId === storeId);

  return {
    version: () => [products, categories, tiers, rules, stock].map((c) => c.version).join('.'),
    getProduct: async (storeId, guid) => products.get(key(storeId, guid)),
    listProducts: async (storeId) => ofStore(products.all(), storeId),
    saveProducts: (list) => putAll(products, list),

    getCategory: async (storeId, guid) => categories.get(key(storeId, guid)),
    listCategories: async (storeId) => ofStore(categories.all(), storeId),
    saveCategories: (list) => putAll(categories, list),

    getPriceTier: async (storeId, number) => tiers.get(key(storeId, number)),
    listPriceTiers: async (storeId) => ofStore(tiers.all(), storeId).sort((a, b) => a.number - b.number),
    savePriceTiers: (list) => putAll(tiers, list),

    getPriceRule: async (storeId, guid) => rules.get(key(storeId, guid)),
    listPriceRules: async (storeId, productGuid) =>
      ofStore(rules.all(), storeId).filter((r) => productGuid === undefined || r.productGuid === productGuid),
    savePriceRules: (list) => putAll(rules, list),
    removePriceRules: async (storeId, guids) =>
      guids.length === 0 ? 0 : rules.remove(...guids.map((guid) => key(storeId, guid))),

    getStockLevel: async (storeId, productGuid, warehouseCode) =>
      stock.get(key(storeId, productGuid, warehouseCode)),
    listStockLevels: async (storeId) => ofStore(stock.all(), storeId),
    saveStockLevels: (list) => putAll(stock, list),
    removeStockOfWarehouse: async (storeId, warehouseCode) => {
      const ids = ofStore(stock.all(), storeId)
        .filter((level) => level.warehouseCode === warehouseCode)
        .map((level) => level.id);
      return stock.remove(...ids);
    },
    stockOf: async (storeId, productGuid, warehouseCodes) => {
      const totals: StockTotals = { onHand: 0, allocated: 0, available: 0 };
      for (const code of warehouseCodes) {
        const level = stock.get(key(storeId, productGuid, code));
        if (!level) continue;
        totals.onHand += level.onHand;
        totals.allocated += level.allocated;
        totals.available += level.available;
      }
      return totals;
    },
  };
}
