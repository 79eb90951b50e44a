// Store order persistence (table `orders`, keyed by store and order id, so an order id only has to be unique
// within its store); an order is found by its id or, in any case, by the GUID its sales order has in Unleashed.
import { sql } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import { customersNewestFirst, newestFirstPage } from '../db/newest-first.ts';
import { deleteStoreRows, fromStoreRows, selectStoreRows } from '../db/store-rows.ts';
import { upsertRow } from '../db/upsert-row.ts';
import type { PageRequest } from '../http/paging.ts';
import { matchingOrders, type OrdersQuery } from './orders.query.ts';
import { toOrder, toOrderRow } from './orders.rows.ts';
import type { ApprovalDecision, Order } from './orders.types.ts';

export type { ApprovalDecision, OrdersQuery };

export interface OrdersRepo {
  save(order: Order): Promise<void>;
  get(storeId: string, id: string): Promise<Order | undefined>;
  findByUnleashedGuid(storeId: string, guid: string): Promise<Order | undefined>;
  /** The orders of the store whose sales order has one of these GUIDs, by lower-case GUID. */
  findByUnleashedGuids(storeId: string, guids: readonly string[]): Promise<Map<string, Order>>;
  /** Orders waiting to be imported into Unleashed (importState queued), oldest first. */
  listQueued(storeId: string): Promise<Order[]>;
  /** One page of the store's orders that match `query`, newest first, and how many match in all. */
  list(storeId: string, query: OrdersQuery, page: PageRequest): Promise<{ items: Order[]; total: number }>;
  /** A customer's orders, newest first. */
  listByCustomer(storeId: string, customerGuid: string): Promise<Order[]>;
  /** Removes a customer's whole order history (R6); returns the orders removed. */
  deleteByCustomer(storeId: string, customerGuid: string): Promise<Order[]>;
  /** When the oldest order ever sent to Unleashed (imported, or attempted) was saved (ISO); null when none was. */
  firstSentAt(storeId: string): Promise<string | null>;
  /** A customer's orders awaiting approval (B8), oldest first. */
  listAwaitingApproval(storeId: string, customerGuid: string): Promise<Order[]>;
  /**
   * Moves an order of the customer out of awaiting-approval (B8) in one conditional UPDATE: of two deciders at
   * once (on any instances) exactly one gets the order back; the other, and an order in any other state, get
   * undefined.
   */
  decideApproval(
    storeId: string,
    customerGuid: string,
    id: string,
    decision: ApprovalDecision,
  ): Promise<Order | undefined>;
  /** The dashboard's order figures: orders placed in [from, to) with their totals added, queued and failed. */
  figures(storeId: string, from: string, to: string): Promise<OrderFigures>;
}

export interface OrderFigures {
  placed: number;
  placedTotal: number;
  queued: number;
  failed: number;
}

export function createOrdersRepo(db: PortalDb): OrdersRepo {
  const orders = () => db.q.selectFrom('orders').selectAll();
  const ofStore = (storeId: string) => selectStoreRows(db, 'orders', storeId);
  const oldestFirst = async (query: ReturnType<typeof ofStore>) =>
    (await query.orderBy('createdAt').orderBy('seq').execute()).map(toOrder);
  return {
    save: (order) => upsertRow(db, 'orders', ['storeId', 'id'], toOrderRow(order)),
    get: async (storeId, id) => {
      const row = await ofStore(storeId).where('id', '=', id).executeTakeFirst();
      return row && toOrder(row);
    },
    findByUnleashedGuid: async (storeId, guid) => {
      const row = await ofStore(storeId)
        .where((eb) => eb(eb.fn('lower', ['unleashedGuid']), '=', guid.toLowerCase()))
        .executeTakeFirst();
      return row && toOrder(row);
    },
    findByUnleashedGuids: async (storeId, guids) => {
      if (guids.length === 0) return new Map();
      const rows = await ofStore(storeId)
        .where((eb) =>
          eb(
            eb.fn('lower', ['unleashedGuid']),
            'in',
            guids.map((guid) => guid.toLowerCase()),
          ),
        )
        .execute();
      return new Map(rows.map((row) => [row.unleashedGuid.toLowerCase(), toOrder(row)]));
    },
    listQueued: (storeId) => oldestFirst(ofStore(storeId).where('importState', '=', 'queued')),
    list: async (storeId, query, page) => {
      const { rows, total } = await newestFirstPage(
        orders().where(matchingOrders(storeId, query)),
        'createdAt',
        page,
      );
      return { items: rows.map(toOrder), total };
    },
    listByCustomer: async (storeId, customerGuid) =>
      (await orders().$call(customersNewestFirst(storeId, customerGuid)).execute()).map(toOrder),
    deleteByCustomer: async (storeId, customerGuid) => {
      const rows = await deleteStoreRows(db, 'orders', storeId)
        .where('customerGuid', '=', customerGuid)
        .returningAll()
        .execute();
      return rows.map(toOrder);
    },
    listAwaitingApproval: (storeId, customerGuid) =>
      oldestFirst(
        ofStore(storeId).where('customerGuid', '=', customerGuid).where('status', '=', 'awaiting-approval'),
      ),
    decideApproval: async (storeId, customerGuid, id, d) => {
      const row = await db.q
        .updateTable('orders')
        .set({
          status: d.approved ? 'processing' : 'rejected',
          importState: d.approved ? 'queued' : 'held',
          approvalDecidedBy: d.decidedBy,
          approvalDecidedAt: d.decidedAt,
          rejectionReason: d.approved ? null : (d.rejectionReason ?? null),
          updatedAt: d.decidedAt,
        })
        .where('storeId', '=', storeId)
        .where('customerGuid', '=', customerGuid)
        .where('id', '=', id)
        .where('status', '=', 'awaiting-approval')
        .returningAll()
        .executeTakeFirst();
      return row && toOrder(row);
    },
    // The oldest first along orders_newest, stopping at the first sent one: every sync asks.
    firstSentAt: async (storeId) => {
      const row = await db.q
        .selectFrom('orders')
        .select('createdAt')
        .where('storeId', '=', storeId)
        .where((eb) => eb.or([eb('importAttempts', '>', 0), eb('importState', '=', 'imported')]))
        .orderBy('createdAt')
        .limit(1)
        .executeTakeFirst();
      return row?.createdAt ?? null;
    },
    // Three counts, each along its own index where there is one (orders_newest, orders_queued).
    figures: async (storeId, from, to) => {
      const ofStore = () => fromStoreRows(db, 'orders', storeId);
      const [placed, queued, failed] = await Promise.all([
        ofStore()
          .where('createdAt', '>=', from)
          .where('createdAt', '<', to)
          .select([
            (eb) => eb.fn.countAll<string>().as('count'),
            sql<string>`coalesce(sum(total), 0)`.as('total'),
          ])
          .executeTakeFirstOrThrow(),
        ofStore()
          .where('importState', '=', 'queued')
          .select((eb) => eb.fn.countAll<string>().as('count'))
          .executeTakeFirstOrThrow(),
        ofStore()
          .where('importState', '=', 'failed')
          .select((eb) => eb.fn.countAll<string>().as('count'))
          .executeTakeFirstOrThrow(),
      ]);
      return {
        placed: Number(placed.count),
        placedTotal: Math.round(Number(placed.total) * 100) / 100,
        queued: Number(queued.count),
        failed: Number(failed.count),
      };
    },
  };
}
