// The sync's order pass (resource `orderPush`): a safety net behind the order-import job — every order still
// queued (Unleashed was down longer than the job's retries) is pushed, oldest first, the same way the job does
// (orders/order-push.ts). Unleashed unreachable: the pass stops, leaving the rest queued for the next run.
import { pushOrder } from '../../orders/order-push.ts';
import { type Pass, skip, throwIfStopped } from './pass.ts';

/** The order push; its progress counts orders, not pages. */
export const pushOrders: Pass = async (ctx) => {
  const queued = await ctx.orders.listQueued(ctx.store.id);
  await ctx.progress(0, queued.length);
  for (const [index, order] of queued.entries()) {
    throwIfStopped(ctx.signal);
    // Re-read: the order may have changed (or gone with its customer) since the list was taken.
    const current = await ctx.orders.get(ctx.store.id, order.id);
    if (current?.importState === 'queued') {
      const outcome = await pushOrder(ctx, current);
      if (outcome.imported) ctx.result.added++;
      else skip(ctx.result, { key: order.id, reason: 'rejected-by-unleashed', detail: outcome.reason });
    }
    await ctx.progress(index + 1, queued.length);
  }
};
