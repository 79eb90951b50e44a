// What admins see (R21): every customer's standing orders, and the quantities due per product over the next
// 3 months - from today (UTC) up to and excluding the same day 3 months later - from the schedules of the
// active standing orders (none while the store has standing orders switched off), in total and per month.
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { Clock } from '../clock.ts';
import type { PageRequest } from '../http/paging.ts';
import type { Store } from '../stores/stores.types.ts';
import { standingOrdersAllowed } from '../stores/stores.types.ts';
import { addMonths, dateOf, occurrencesBetween } from './standing-orders.dates.ts';
import type { StandingOrdersRepo } from './standing-orders.repo.ts';
import type { StandingOrderReport, StandingOrderStatus } from './standing-orders.types.ts';

type ReportItem = StandingOrderReport['items'][number];

export function createStandingOrderReports(deps: {
  repo: StandingOrdersRepo;
  catalogue: CatalogueReader;
  clock: Clock;
}) {
  return {
    /** One page of a store's standing orders, newest first, optionally only those with one status. */
    list: (store: Store, status: StandingOrderStatus | undefined, page: PageRequest) =>
      deps.repo.page(store.id, status, page),

    /** Quantities due per product, sorted by product code. */
    async report(store: Store): Promise<StandingOrderReport> {
      const from = dateOf(deps.clock.now());
      const to = addMonths(from, 3);
      const byProduct = new Map<string, ReportItem>();
      const active = standingOrdersAllowed(store) ? await deps.repo.listActive(store.id) : [];
      for (const order of active) {
        if (!order.nextRunDate) continue;
        const start = [order.nextRunDate, from].sort()[1] ?? from; // the later date
        const dates = occurrencesBetween(order.schedule, order.startDate, start, to);
        for (const { productGuid, quantity } of order.lines) {
          const item = byProduct.get(productGuid) ?? (await newItem(store.id, productGuid));
          byProduct.set(productGuid, item);
          for (const date of dates) {
            const month = date.slice(0, 7);
            let bucket = item.months.find((m) => m.month === month);
            if (!bucket) {
              bucket = { month, runs: 0, quantity: 0 };
              item.months.push(bucket);
            }
            bucket.runs++;
            bucket.quantity += quantity;
            item.runs++;
            item.quantity += quantity;
          }
        }
      }
      const items = [...byProduct.values()].filter((i) => i.runs > 0);
      for (const item of items) item.months.sort((a, b) => a.month.localeCompare(b.month));
      return { from, to, items: items.sort((a, b) => a.code.localeCompare(b.code)) };
    },
  };

  async function newItem(storeId: string, productGuid: string): Promise<ReportItem> {
    const product = await deps.catalogue.getProduct(storeId, productGuid);
    return {
      productGuid,
      code: product?.code ?? productGuid,
      description: product?.description ?? '',
      runs: 0,
      quantity: 0,
      months: [],
    };
  }
}

export type StandingOrderReports = ReturnType<typeof createStandingOrderReports>;
