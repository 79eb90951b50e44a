// Fills a bench store with past orders: clones of one real order, dated back a minute apart, already imported
// and complete, inserted 1,000 rows a statement (the repository saves one order at a time).
import { randomUUID } from 'node:crypto';
import { toOrderRow } from '../../gateway/src/orders/orders.rows.ts';
import type { Order } from '../../gateway/src/orders/orders.types.ts';
import type { BenchPortal } from './portal-setup.ts';

/** Stores `count` past orders like the store's newest one (which must exist). */
export async function storeOrderHistory(portal: BenchPortal, count: number): Promise<void> {
  const template = (await portal.gateway.services.orders.list(portal.storeId, {}, { page: 1, pageSize: 1 }))
    .items[0] as Order | undefined;
  if (!template) throw new Error('the bench store has no order to copy');
  const now = Date.now();
  for (let at = 0; at < count; at += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, count - at) }, (_, offset) => {
      const i = at + offset;
      const createdAt = new Date(now - (i + 1) * 60_000).toISOString();
      return toOrderRow({
        ...template,
        id: randomUUID(),
        unleashedGuid: randomUUID(),
        status: 'complete',
        importState: 'imported',
        unleashedOrderNumber: `SO-H${String(i).padStart(7, '0')}`,
        createdAt,
        updatedAt: createdAt,
      });
    });
    await portal.db.q.insertInto('orders').values(rows).execute();
  }
}
