// One record brought in line with Unleashed outside a sync run (a webhook follow-up, issue 13): the record is
// read from Unleashed as it is now and stored through the same apply functions the passes use, so applying it
// again, late or out of order ends in the same state. Polling stays the safety net for anything missed. A product
// or customer Unleashed answers 404 for was deleted there: it leaves the store as an obsolete one does (R6),
// which the sync alone would never notice.

import type { Store } from '../stores/stores.types.ts';
import { UnleashedHttpError } from '../unleashed/client.ts';
import { getCustomerRecord, getProduct, getSalesOrder, getStockOfProduct } from '../unleashed/operations.ts';
import { ContactBook } from './passes/contacts.ts';
import { admissions, applyCustomerGone, applyCustomers } from './passes/customers.ts';
import { applySalesOrders } from './passes/order-status.ts';
import { type ApplyContext, scopeOf } from './passes/pass.ts';
import { applyProductGone, applyProducts } from './passes/products.ts';
import { applyStockLevels } from './passes/stock.ts';
import type { RunDeps } from './run.ts';
import type { ResourceResult, SyncResource } from './sync.types.ts';

export type RecordKind = 'salesOrder' | 'product' | 'customer';

export interface RecordOutcome {
  outcome: 'changed' | 'unchanged' | 'ignored';
  /** What changed, in the admin's words (B1). */
  detail: string;
}

export type RecordApplier = (store: Store, kind: RecordKind, guid: string) => Promise<RecordOutcome>;

type ApplyDeps = Omit<RunDeps, 'syncRepo' | 'pageSize' | 'onProgress' | 'log'>;

const emptyResult = (resource: SyncResource): ResourceResult => ({
  resource,
  status: 'running',
  ...{ added: 0, changed: 0, removed: 0, skipped: [], calls: 0 },
});
const touched = (r: ResourceResult) => r.added + r.changed + r.removed;
const counts = (r: ResourceResult) =>
  [`${r.added} added`, `${r.changed} changed`, `${r.removed} removed`].filter((t) => !t.startsWith('0 '));

/** Applies one record; throws (to be retried) when Unleashed cannot be reached. */
export function createRecordApplier(deps: ApplyDeps): RecordApplier {
  const contextFor = (store: Store, resource: SyncResource): ApplyContext => ({
    store,
    client: deps.clientFor(store),
    now: () => deps.clock.now().toISOString(),
    result: emptyResult(resource),
    ...{ catalogue: deps.catalogue, customers: deps.customers, orders: deps.orders },
    ...{ limits: deps.limits, sessions: deps.sessions },
    transaction: deps.transaction ?? ((work) => work()),
  });

  async function salesOrder(store: Store, guid: string): Promise<RecordOutcome> {
    const ctx = contextFor(store, 'orderStatus');
    const order = await getSalesOrder(ctx.client, guid);
    const number = order.unleashedOrderNumber;
    const known = await deps.orders.findByUnleashedGuids(store.id, [order.unleashedGuid]);
    if (known.size === 0)
      return { outcome: 'ignored', detail: `Sales order ${number} is not a store order.` };
    await applySalesOrders(ctx, [order]);
    return touched(ctx.result) > 0
      ? { outcome: 'changed', detail: `Order ${number} is now ${order.unleashedStatus}.` }
      : { outcome: 'unchanged', detail: `Order ${number} was already ${order.unleashedStatus}.` };
  }

  async function product(store: Store, guid: string): Promise<RecordOutcome> {
    const ctx = contextFor(store, 'products');
    const item = await getProduct(ctx.client, scopeOf(ctx), guid);
    await applyProducts(ctx, [item]);
    const stock = { ...ctx, result: emptyResult('stock') };
    const rows = await getStockOfProduct(ctx.client, scopeOf(ctx), guid);
    const levels: string[] = [];
    for (const code of store.warehouseCodes) {
      const here = rows.filter((row) => row.warehouseCode === code);
      await applyStockLevels(stock, code, here);
      levels.push(...here.map((row) => `${row.onHand} on hand in ${code}`));
    }
    const changes = [...counts(ctx.result), ...(touched(stock.result) > 0 ? levels : [])];
    return changes.length > 0
      ? { outcome: 'changed', detail: `Product ${item.code}: ${changes.join(', ')}.` }
      : { outcome: 'unchanged', detail: `Product ${item.code} was already up to date.` };
  }

  async function customer(store: Store, guid: string): Promise<RecordOutcome> {
    const ctx = contextFor(store, 'customers');
    const record = await getCustomerRecord(ctx.client, scopeOf(ctx), guid);
    await applyCustomers(ctx, [record], await admissions(ctx), await ContactBook.load(ctx));
    const changes = counts(ctx.result);
    const { code } = record.customer;
    return changes.length > 0
      ? { outcome: 'changed', detail: `Customer ${code} and contacts: ${changes.join(', ')}.` }
      : { outcome: 'unchanged', detail: `Customer ${code} was already up to date.` };
  }

  /** What a deletion in Unleashed does to the store. */
  async function gone(store: Store, kind: RecordKind, guid: string): Promise<RecordOutcome> {
    if (kind === 'salesOrder')
      return {
        outcome: 'ignored',
        detail: 'Unleashed no longer has this sales order; the next sync settles it.',
      };
    const ctx = contextFor(store, kind === 'product' ? 'products' : 'customers');
    const code = await (kind === 'product' ? applyProductGone : applyCustomerGone)(ctx, guid);
    const what = kind === 'product' ? 'Product' : 'Customer';
    if (touched(ctx.result) === 0)
      return {
        outcome: 'unchanged',
        detail: `${what} ${code ?? guid} was deleted in Unleashed; the store had already let it go.`,
      };
    const removal =
      kind === 'product' ? 'gone from the catalog' : 'removed from the store with its orders and logins';
    return { outcome: 'changed', detail: `${what} ${code} was deleted in Unleashed: ${removal}.` };
  }

  const appliers = { salesOrder, product, customer };
  return async (store, kind, guid) => {
    try {
      return await appliers[kind](store, guid);
    } catch (error) {
      if (error instanceof UnleashedHttpError && error.status === 404) return gone(store, kind, guid);
      throw error;
    }
  };
}
