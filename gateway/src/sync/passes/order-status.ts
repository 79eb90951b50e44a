// Pulls the Unleashed side of the store's orders (R18a, R19): status, final lines, charges and totals of every
// sales order changed since the cursor; sales orders that are not the store's are ignored (and a store order
// Unleashed has although its push never heard back becomes imported). Unleashed lists them newest change first,
// so plain page numbers lose nothing to changes made while the pass runs. Until the store has sent an order there
// is nothing to ask about; the first pass starts a day before the oldest order sent was saved (a margin for clock
// differences) rather than reading the account's whole order history. The final lines keep the backordered
// part of the lines the buyer placed (B9).
import type { Order, OrderLine } from '../../orders/orders.types.ts';
import type { SalesOrderState } from '../../unleashed/mapper.ts';
import { listSalesOrdersChangedSince } from '../../unleashed/operations.ts';
import { type ApplyContext, listReader, type Pass, tally } from './pass.ts';

const DAY_MS = 86_400_000;

/**
 * Unleashed's lines with each placed line's backordered part (B9), matched by product in line order and never
 * more than the line's quantity now: Unleashed holds the mark only as text in a line's Comments, which the
 * supplier may edit, so the store keeps its own.
 */
export function keepBackorders(placed: readonly OrderLine[], lines: readonly OrderLine[]): OrderLine[] {
  const unmatched = [...placed];
  return lines.map((line) => {
    const index = unmatched.findIndex((p) => p.productGuid === line.productGuid);
    const [from] = index < 0 ? [] : unmatched.splice(index, 1);
    const kept = Math.min(from?.backorderQuantity ?? 0, line.quantity);
    return kept > 0 ? { ...line, backorderQuantity: kept } : line;
  });
}

function followed(order: Order, state: SalesOrderState, now: string): Order {
  return {
    ...order,
    importState: 'imported',
    importError: null,
    importedAt: order.importedAt ?? now,
    unleashedOrderNumber: state.unleashedOrderNumber,
    unleashedStatus: state.unleashedStatus,
    status: state.status,
    lines: keepBackorders(order.lines, state.lines),
    charges: state.charges,
    subTotal: state.subTotal,
    taxTotal: state.taxTotal,
    total: state.total,
    completedAt: state.completedAt,
    updatedAt: now,
  };
}

/** Brings the store's orders among these sales orders in line with them; others are not the store's. */
export async function applySalesOrders(ctx: ApplyContext, states: readonly SalesOrderState[]): Promise<void> {
  const known = await ctx.orders.findByUnleashedGuids(
    ctx.store.id,
    states.map((state) => state.unleashedGuid),
  );
  for (const state of states) {
    const order = known.get(state.unleashedGuid);
    if (!order) continue;
    const next = followed(order, state, ctx.now());
    if (tally(ctx.result, order, next)) await ctx.orders.save(next);
  }
}

/** The order status pull (resource `orderStatus`). */
export const pullOrderStatuses: Pass = async (ctx) => {
  const storeId = ctx.store.id;
  const cursor = await ctx.openCursor();
  const firstSent = cursor.start ? null : await ctx.orders.firstSentAt(storeId);
  const since = cursor.start ?? (firstSent && new Date(Date.parse(firstSent) - DAY_MS).toISOString());
  if (!since) {
    await cursor.complete(null);
    return;
  }
  let newest: string | null = since;
  for await (const page of listSalesOrdersChangedSince(listReader(ctx), since)) {
    await applySalesOrders(ctx, page.items);
    newest = page.newest ?? newest;
    await ctx.progress(page.pagesDone, page.pagesTotal);
  }
  await cursor.complete(newest);
};
