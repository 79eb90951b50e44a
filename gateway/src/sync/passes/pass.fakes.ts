// In-memory stand-ins for a sync pass's context: an Unleashed client serving wire records page by page (filtered
// by modifiedSince and warehouse, oldest change first when asked), the catalogue and orders it writes to, and
// cursors, with a transaction that keeps a page's writes only when the whole page succeeds.
import type { Category, PriceRule, PriceTier, Product, StockLevel } from '../../catalogue/catalogue.types.ts';
import type { Order } from '../../orders/orders.types.ts';
import type { Store } from '../../stores/stores.types.ts';
import type { UnleashedClient } from '../../unleashed/client.ts';
import { modifiedAtOf, toModifiedSince } from '../../unleashed/mapper.ts';
import type { SyncResource } from '../sync.types.ts';
import type { PassContext } from './pass.ts';

export const NOW = '2026-12-07T09:00:00.000Z';
/** Unleashed's /Date(ms)/ of an ISO time. */
export const wireDate = (iso: string) => `/Date(${Date.parse(iso)})/`;

type Wire = Record<string, unknown> & { LastModifiedOn?: string | null };

/** Serves `lists[resource]` (stock: `StockOnHand:<warehouse>`) as Unleashed pages; counts the pages asked. */
export function fakeClient(lists: Record<string, Wire[]>) {
  const asked: { resource: string; pageNumber: number; modifiedSince?: string }[] = [];
  const client = {
    async page(resource: string, pageNumber: number, query: Record<string, unknown> = {}) {
      const since = query.modifiedSince as string | undefined;
      asked.push({ resource, pageNumber, modifiedSince: since });
      const key = query.warehouseCode ? `${resource}:${query.warehouseCode}` : resource;
      let items = (lists[key] ?? []).filter((item) => !since || toModifiedSince(modifiedAtOf(item)) >= since);
      if (query.orderBy) items = [...items].sort((x, y) => modifiedAtOf(x).localeCompare(modifiedAtOf(y)));
      const size = Number(query.pageSize);
      const pages = Math.max(1, Math.ceil(items.length / size));
      return {
        items: items.slice((pageNumber - 1) * size, pageNumber * size),
        pagination: {
          NumberOfItems: items.length,
          PageSize: size,
          PageNumber: pageNumber,
          NumberOfPages: pages,
        },
      };
    },
  };
  return { client: client as unknown as UnleashedClient, asked };
}

const byKey = <T>(key: (item: T) => string) => {
  const map = new Map<string, T>();
  const put = (items: readonly T[]) => {
    for (const item of items) map.set(key(item), item);
  };
  return { map, put };
};

/** A pass's context over in-memory stores; `fail` makes the named write throw (inside the page's transaction). */
export function passWorld(store: Partial<Store> = {}, lists: Record<string, Wire[]> = {}) {
  const { client, asked } = fakeClient(lists);
  const products = byKey<Product>((p) => p.guid);
  const categories = byKey<Category>((c) => c.guid);
  const tiers = byKey<PriceTier>((t) => String(t.number));
  const rules = byKey<PriceRule>((r) => r.guid);
  const stock = byKey<StockLevel>((s) => `${s.warehouseCode}:${s.productGuid}`);
  const orders = byKey<Order>((o) => o.id);
  const listings = new Map<string, string[]>();
  const unlisted: string[] = [];
  const cursors = new Map<
    string,
    { modifiedSince: string | null; resumeFrom: string | null; fullReadAt: string | null }
  >();
  const progress: [number, number | null][] = [];
  /** The engine: stop() asks the pass to stop between pages. */
  const engine = new AbortController();
  const room = { products: null as number | null };
  let pending: (() => void)[] | undefined;
  const write = (step: () => void) => (pending ? pending.push(step) : step());
  /** The write `write` fails once `after` calls of it have succeeded. */
  const fail = { write: undefined as string | undefined, after: 0 };
  const guarded = (name: string, step: () => void) => {
    if (fail.write === name && fail.after-- <= 0) throw new Error(`${name} failed`);
    write(step);
  };
  const cursorOf = (partition?: string) => {
    const key = partition ?? '';
    if (!cursors.has(key)) cursors.set(key, { modifiedSince: null, resumeFrom: null, fullReadAt: null });
    return cursors.get(key) as {
      modifiedSince: string | null;
      resumeFrom: string | null;
      fullReadAt: string | null;
    };
  };
  const ctx = {
    store: { id: 's1', warehouseCodes: ['MAIN'], ...store } as Store,
    client,
    signal: engine.signal,
    now: () => NOW,
    pageSize: 2,
    result: {
      resource: 'products' as SyncResource,
      status: 'running',
      added: 0,
      changed: 0,
      removed: 0,
      skipped: [],
      calls: 0,
    },
    progress: async (done: number, total: number | null) => void progress.push([done, total]),
    openCursor: async (partition?: string) => {
      const cursor = cursorOf(partition);
      return {
        start: cursor.resumeFrom ?? cursor.modifiedSince,
        cursor: { ...cursor },
        checkpoint: async (at: string) =>
          write(() => {
            cursor.resumeFrom = at;
          }),
        complete: async (newest: string | null, options?: { fullRead?: boolean }) => {
          if (newest && (!cursor.modifiedSince || newest > cursor.modifiedSince))
            cursor.modifiedSince = newest;
          cursor.resumeFrom = null;
          if (options?.fullRead) cursor.fullReadAt = NOW;
        },
      };
    },
    listPartitions: async () => [...cursors.keys()].filter((key) => key !== ''),
    dropPartition: async (partition: string) => void cursors.delete(partition),
    catalogue: {
      getProducts: async (_s: string, guids: string[]) => guids.flatMap((g) => products.map.get(g) ?? []),
      saveProducts: async (items: Product[]) => guarded('products', () => products.put(items)),
      getCategory: async (_s: string, guid: string) => categories.map.get(guid),
      saveCategories: async (items: Category[]) => guarded('categories', () => categories.put(items)),
      getPriceTier: async (_s: string, n: number) => tiers.map.get(String(n)),
      savePriceTiers: async (items: PriceTier[]) => guarded('tiers', () => tiers.put(items)),
      getPriceRules: async (_s: string, guids: string[]) => guids.flatMap((g) => rules.map.get(g) ?? []),
      listPriceRules: async (_s: string, productGuid?: string) =>
        [...rules.map.values()].filter((r) => !productGuid || r.productGuid === productGuid),
      savePriceRules: async (items: PriceRule[]) => guarded('rules', () => rules.put(items)),
      removePriceRules: async (_s: string, guids: string[]) => {
        write(() => {
          for (const guid of guids) rules.map.delete(guid);
        });
        return guids.length;
      },
      getStockLevels: async (_s: string, code: string, guids: string[]) =>
        guids.flatMap((g) => stock.map.get(`${code}:${g}`) ?? []),
      saveStockLevels: async (items: StockLevel[]) => guarded('stock', () => stock.put(items)),
      stockWarehouses: async () => [...new Set([...stock.map.values()].map((s) => s.warehouseCode))],
      removeStockOfWarehouse: async (_s: string, code: string) => {
        const gone = [...stock.map.entries()].filter(([, s]) => s.warehouseCode === code);
        for (const [key] of gone) stock.map.delete(key);
        return gone.length;
      },
      listingsOf: async (_s: string, guids: string[]) =>
        new Map(guids.flatMap((g) => (listings.has(g) ? [[g, listings.get(g) as string[]] as const] : []))),
      unlistEverywhere: async (_s: string, guids: string[]) => write(() => unlisted.push(...guids)),
    },
    orders: {
      findByUnleashedGuids: async (_s: string, guids: readonly string[]) =>
        new Map(
          [...orders.map.values()]
            .filter((o) => guids.includes(o.unleashedGuid))
            .map((o) => [o.unleashedGuid, o]),
        ),
      save: async (order: Order) => guarded('orders', () => orders.put([order])),
      firstSentAt: async () =>
        [...orders.map.values()]
          .filter((o) => o.importState !== 'queued')
          .map((o) => o.createdAt)
          .sort()[0] ?? null,
    },
    limits: {
      productsAllowed: async () => room.products,
      productsLift: async () => ' Premium has room for more.',
    },
    transaction: async <T>(work: () => Promise<T>) => {
      pending = [];
      try {
        const result = await work();
        for (const step of pending) step();
        return result;
      } finally {
        pending = undefined;
      }
    },
  } as unknown as PassContext;
  return {
    ctx,
    stop: () => engine.abort(),
    /** Runs a write now, or with the transaction's commit inside one. */
    write,
    asked,
    products,
    categories,
    tiers,
    rules,
    stock,
    orders,
    listings,
    unlisted,
    cursorOf,
    progress,
    room,
    fail,
  };
}
