// Pushes every queued store order to Unleashed (R18), oldest first, as POST /SalesOrders/{unleashedGuid}: an
// upsert by a GUID fixed when the order was saved, so a retry after a lost answer never makes a second order.
// Refused (4xx): the order is marked failed with Unleashed's reason, unless Unleashed has it already (an earlier
// answer was lost and the order has moved on since). Unleashed unreachable (after the client's retries): the
// order stays queued and the pass stops, leaving the rest queued for the next run.
import type { Order } from '../../orders/orders.types.ts';
import { UnleashedHttpError } from '../../unleashed/client.ts';
import { fromSalesOrder, type SalesOrderState, toSalesOrderWrite } from '../../unleashed/mapper.ts';
import type { USalesOrder } from '../../unleashed/types.ts';
import { type Pass, type PassContext, skip, throwIfStopped } from './pass.ts';

function imported(order: Order, state: SalesOrderState, now: string): Order {
  return {
    ...order,
    importState: 'imported',
    importError: null,
    unleashedOrderNumber: state.unleashedOrderNumber,
    unleashedStatus: state.unleashedStatus,
    status: state.status,
    completedAt: state.completedAt,
    importedAt: order.importedAt ?? now,
    updatedAt: now,
  };
}

/** Unleashed's copy of the order, or null when it has none. */
async function existingSalesOrder(ctx: PassContext, guid: string): Promise<USalesOrder | null> {
  try {
    return await ctx.client.get<USalesOrder>(`/SalesOrders/${guid}`);
  } catch (error) {
    if (error instanceof UnleashedHttpError && error.status === 404) return null;
    throw error;
  }
}

async function push(ctx: PassContext, queued: Order): Promise<void> {
  const order: Order = { ...queued, importAttempts: queued.importAttempts + 1, updatedAt: ctx.now() };
  try {
    const body = toSalesOrderWrite(order, ctx.store);
    const created = await ctx.client.post<USalesOrder>(`/SalesOrders/${order.unleashedGuid}`, body);
    await ctx.orders.save(imported(order, fromSalesOrder(created), ctx.now()));
    ctx.result.added++;
  } catch (error) {
    if (!(error instanceof UnleashedHttpError) || error.transient) {
      await ctx.orders.save(order);
      throw error;
    }
    const existing = await existingSalesOrder(ctx, order.unleashedGuid);
    if (existing) {
      await ctx.orders.save(imported(order, fromSalesOrder(existing), ctx.now()));
      ctx.result.added++;
      return;
    }
    await ctx.orders.save({ ...order, importState: 'failed', importError: error.message });
    skip(ctx.result, { key: order.id, reason: 'rejected-by-unleashed', detail: error.message });
  }
}

/** The order push (resource `orderPush`); its progress counts orders, not pages. */
export const pushOrders: Pass = async (ctx) => {
  const queued = await ctx.orders.listQueued(ctx.store.id);
  await ctx.progress(0, queued.length);
  for (const [index, order] of queued.entries()) {
    throwIfStopped(ctx.signal);
    // Re-read: the order may have changed (or gone with its customer) since the list was taken.
    const current = await ctx.orders.get(ctx.store.id, order.id);
    if (current?.importState === 'queued') await push(ctx, current);
    await ctx.progress(index + 1, queued.length);
  }
};
