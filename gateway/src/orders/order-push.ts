// Pushes one queued store order to Unleashed (R18) as POST /SalesOrders/{unleashedGuid}: an upsert by a GUID
// fixed when the order was saved, so a retry after a lost answer (or a second pusher) never makes a second
// sales order. Refused (4xx): the order is marked failed with Unleashed's reason, unless Unleashed has it
// already (an earlier answer was lost and the order has moved on since). Unreachable (after the client's
// retries): the order stays queued and the error is thrown, for the caller to retry later.

import type { Store } from '../stores/stores.types.ts';
import type { UnleashedClient } from '../unleashed/client.ts';
import { UnleashedHttpError } from '../unleashed/client.ts';
import { type SalesOrderState, toSalesOrderWrite } from '../unleashed/mapper.ts';
import { getSalesOrder, upsertSalesOrder } from '../unleashed/operations.ts';
import type { OrdersRepo } from './orders.repo.ts';
import type { Order } from './orders.types.ts';

export interface PushDeps {
  client: UnleashedClient;
  orders: Pick<OrdersRepo, 'save'>;
  store: Store;
  now: () => string;
}

export type PushOutcome = { imported: true } | { imported: false; reason: string };

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
async function existingSalesOrder(client: UnleashedClient, guid: string): Promise<SalesOrderState | null> {
  try {
    return await getSalesOrder(client, guid);
  } catch (error) {
    if (error instanceof UnleashedHttpError && error.status === 404) return null;
    throw error;
  }
}

/** Pushes `queued` once; throws (order left queued) when Unleashed could not be reached. */
export async function pushOrder(deps: PushDeps, queued: Order): Promise<PushOutcome> {
  const order: Order = { ...queued, importAttempts: queued.importAttempts + 1, updatedAt: deps.now() };
  try {
    const body = toSalesOrderWrite(order, deps.store);
    const created = await upsertSalesOrder(deps.client, order.unleashedGuid, body);
    await deps.orders.save(imported(order, created, deps.now()));
    return { imported: true };
  } catch (error) {
    if (!(error instanceof UnleashedHttpError) || error.transient) {
      await deps.orders.save(order);
      throw error;
    }
    const existing = await existingSalesOrder(deps.client, order.unleashedGuid);
    if (existing) {
      await deps.orders.save(imported(order, existing, deps.now()));
      return { imported: true };
    }
    await deps.orders.save({ ...order, importState: 'failed', importError: error.message });
    return { imported: false, reason: error.message };
  }
}
