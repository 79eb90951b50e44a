// Standing orders and their runs (tables `standing_orders`, `standing_order_runs`). A run is claimed by
// inserting it before anything is placed; the (standing order, due date) key makes the insert the claim, so two
// racing ticks - in one process or in two gateways on the same database - never both run the same due date.
import type { PortalDb } from '../db/database.ts';
import { customersNewestFirst, newestFirstPage } from '../db/newest-first.ts';
import { selectStoreRows } from '../db/store-rows.ts';
import { upsertRow } from '../db/upsert-row.ts';
import type { PageRequest } from '../http/paging.ts';
import { toRun, toRunRow, toStandingOrder, toStandingOrderRow } from './standing-orders.rows.ts';
import type { StandingOrder, StandingOrderRun, StandingOrderStatus } from './standing-orders.types.ts';

/** What the runner moves on a standing order. */
export type RunnerChange = Partial<
  Pick<StandingOrder, 'status' | 'nextRunDate' | 'reminderSentFor' | 'updatedAt'>
>;

export interface StandingOrdersRepo {
  get(storeId: string, id: string): Promise<StandingOrder | undefined>;
  save(order: StandingOrder): Promise<void>;
  /** Applies `change` only if the standing order is still as `seen` was (status, next run, reminder, last
   * update); false when something else changed it first (a buyer's edit or another instance's pass). */
  updateIfUnchanged(seen: StandingOrder, change: RunnerChange): Promise<boolean>;
  /** One customer's standing orders, newest first. */
  list(storeId: string, customerGuid: string): Promise<StandingOrder[]>;
  /** One page of a store's standing orders, newest first, optionally of one status, and how many there are. */
  page(
    storeId: string,
    status: StandingOrderStatus | undefined,
    page: PageRequest,
  ): Promise<{ items: StandingOrder[]; total: number }>;
  /** Every active standing order (of every store, or of one): what the schedule and the report look at. */
  listActive(storeId?: string): Promise<StandingOrder[]>;
  /** Stores the run as `running`; false when this due date was claimed before (it must not run again). */
  claimRun(order: StandingOrder, dueDate: string, at: string): Promise<boolean>;
  saveRun(run: StandingOrderRun): Promise<void>;
  /** A standing order's runs, newest due date first. */
  listRuns(standingOrderId: string, limit: number): Promise<StandingOrderRun[]>;
}

export function createStandingOrdersRepo(db: PortalDb): StandingOrdersRepo {
  const orders = () => db.q.selectFrom('standingOrders').selectAll();
  return {
    get: async (storeId, id) => {
      const row = await selectStoreRows(db, 'standingOrders', storeId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toStandingOrder(row);
    },
    save: (order) => upsertRow(db, 'standingOrders', ['id'], toStandingOrderRow(order)),
    updateIfUnchanged: async (seen, change) => {
      const result = await db.q
        .updateTable('standingOrders')
        .set(change)
        .where('id', '=', seen.id)
        .where('status', '=', seen.status)
        .where('updatedAt', '=', seen.updatedAt)
        .where((eb) =>
          eb.and([
            eb('nextRunDate', 'is not distinct from', seen.nextRunDate),
            eb('reminderSentFor', 'is not distinct from', seen.reminderSentFor),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    list: async (storeId, customerGuid) =>
      (await orders().$call(customersNewestFirst(storeId, customerGuid)).execute()).map(toStandingOrder),
    page: async (storeId, status, page) => {
      let matching = selectStoreRows(db, 'standingOrders', storeId);
      if (status) matching = matching.where('status', '=', status);
      const { rows, total } = await newestFirstPage(matching, 'createdAt', page);
      return { items: rows.map(toStandingOrder), total };
    },
    listActive: async (storeId) => {
      let active = orders().where('status', '=', 'active');
      if (storeId) active = active.where('storeId', '=', storeId);
      return (await active.orderBy('nextRunDate').orderBy('seq').execute()).map(toStandingOrder);
    },
    claimRun: async (order, dueDate, at) => {
      const inserted = await db.q
        .insertInto('standingOrderRuns')
        .values(
          toRunRow({
            id: `${order.id}:${dueDate}`,
            storeId: order.storeId,
            standingOrderId: order.id,
            dueDate,
            outcome: 'running',
            detail: null,
            orderId: null,
            ranAt: at,
          }),
        )
        // No conflict target: the id is made of the same pair, and a racing insert must meet either key quietly.
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .executeTakeFirst();
      return inserted !== undefined;
    },
    saveRun: (run) => upsertRow(db, 'standingOrderRuns', ['id'], toRunRow(run)),
    listRuns: async (standingOrderId, limit) =>
      (
        await db.q
          .selectFrom('standingOrderRuns')
          .selectAll()
          .where('standingOrderId', '=', standingOrderId)
          .orderBy('dueDate', 'desc')
          .limit(limit)
          .execute()
      ).map(toRun),
  };
}
