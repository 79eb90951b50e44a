// Which collections of the old storage go into which table: each through its domain repository.
import { createAccountRepo } from '../account/account.repo.ts';
import { createAdminsRepo } from '../admins/admins.repo.ts';
import type { PortalDb } from '../db/database.ts';
import { createCartsRepo } from '../orders/cart.repo.ts';
import { createOrdersRepo } from '../orders/orders.repo.ts';
import type { Order } from '../orders/orders.types.ts';
import { createSessionsRepo } from '../sessions/sessions.repo.ts';
import { createStandingOrdersRepo } from '../standing-orders/standing-orders.repo.ts';
import { createStoresRepo } from '../stores/stores.repo.ts';
import type { LegacyCollection } from './legacy-import.ts';

export function legacyCollections(db: PortalDb): LegacyCollection[] {
  const account = createAccountRepo(db);
  const admins = createAdminsRepo(db);
  const sessions = createSessionsRepo(db);
  const stores = createStoresRepo(db);
  const orders = createOrdersRepo(db);
  const carts = createCartsRepo(db);
  const standingOrders = createStandingOrdersRepo(db);
  // An order whose customer is no longer stored had lost its history (R6) already: it is left behind.
  const customerStored = async (order: Order) =>
    (await db.q
      .selectFrom('customers')
      .select('guid')
      .where('storeId', '=', order.storeId)
      .where('guid', '=', order.customerGuid)
      .executeTakeFirst()) !== undefined;
  return [
    { concern: 'account', name: 'account', save: (record) => account.save(record) },
    { concern: 'auth', name: 'admins', save: async (record) => void (await admins.insert(record)) },
    { concern: 'auth', name: 'sessions', save: (record) => sessions.save(record) },
    { concern: 'stores', name: 'stores', save: (record) => stores.save(record) },
    // After customers: an order's row needs its customer's.
    {
      concern: 'orders',
      name: 'orders',
      save: async ({ order }: { order: Order }) => {
        if (await customerStored(order)) await orders.save(order);
      },
    },
    {
      concern: 'carts',
      name: 'carts',
      save: (record) => carts.save({ ...record, updatedAt: record.updatedAt || new Date(0).toISOString() }),
    },
    // Standing orders before their runs (a run's row needs its standing order's).
    { concern: 'standing-orders', name: 'standing-orders', save: (record) => standingOrders.save(record) },
    { concern: 'standing-orders', name: 'runs', save: (record) => standingOrders.saveRun(record) },
  ];
}
