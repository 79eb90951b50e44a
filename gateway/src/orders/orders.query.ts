// What an order list asks for (the buyer's history, the admin's list, a standing order's orders), as one SQL
// condition over `orders`, so filtering, counting and paging happen in the database.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { OrderStatus } from './orders.types.ts';

export interface OrdersQuery {
  customerGuid?: string;
  status?: OrderStatus;
  /** Placed on or after this UTC day (`YYYY-MM-DD`). */
  placedFrom?: string;
  /** Placed on or before this UTC day (`YYYY-MM-DD`). */
  placedTo?: string;
  /** Contained, in any case, in the Unleashed order number, the purchase-order reference, or a line's product
   * code or description. */
  search?: string;
  /** The purchase-order reference starts with this, in any case (B7; index orders_of_purchase_order_ref). */
  purchaseOrderRef?: string;
  /** The admin's search: `search` also matches the customer's code or name and the placing contact's email. */
  searchCustomers?: boolean;
  importState?: 'queued' | 'imported' | 'failed';
  standingOrderId?: string;
}

const startOfDay = (day: string) => new Date(`${day}T00:00:00.000Z`);

function dayAfter(day: string): string {
  const next = startOfDay(day);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

/** `OR` the order's customer (code, or name as synced) or its placing contact's email contains the needle. */
const customerOrContact = (needle: string) => sql`
        OR strpos(lower(orders.customer_code), lower(${needle}::text)) > 0
        OR strpos(lower(orders.placed_by_email), lower(${needle}::text)) > 0
        OR EXISTS (
          SELECT 1 FROM customers AS customer
          WHERE customer.store_id = orders.store_id AND customer.guid = orders.customer_guid
            AND strpos(lower(customer.name), lower(${needle}::text)) > 0)`;

/** The condition an order of `storeId` meets when it passes every filter given in `query`. */
export function matchingOrders(storeId: string, query: OrdersQuery) {
  return (eb: ExpressionBuilder<Database, 'orders'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('storeId', '=', storeId)];
    if (query.customerGuid) conditions.push(eb('customerGuid', '=', query.customerGuid));
    if (query.standingOrderId) conditions.push(eb('standingOrderId', '=', query.standingOrderId));
    if (query.status) conditions.push(eb('status', '=', query.status));
    if (query.importState) conditions.push(eb('importState', '=', query.importState));
    if (query.placedFrom) conditions.push(eb('createdAt', '>=', startOfDay(query.placedFrom).toISOString()));
    if (query.placedTo) conditions.push(eb('createdAt', '<', dayAfter(query.placedTo)));
    const prefix = query.purchaseOrderRef?.trim().toLowerCase();
    if (prefix) {
      // LIKE with the buyer's `%`, `_` and `\` escaped, so they match themselves.
      const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(sql<SqlBool>`lower(orders.purchase_order_ref) LIKE ${pattern}`);
    }
    const needle = query.search?.trim();
    if (needle) {
      // strpos, not LIKE: the buyer's text is matched as it is, `%` and `_` included.
      conditions.push(sql<SqlBool>`(
        strpos(lower(coalesce(orders.unleashed_order_number, '')), lower(${needle}::text)) > 0
        OR lower(left(orders.id, 8)) = lower(${needle}::text)
        OR strpos(lower(coalesce(orders.purchase_order_ref, '')), lower(${needle}::text)) > 0
        OR EXISTS (
          SELECT 1 FROM jsonb_array_elements(orders.lines) AS line
          WHERE strpos(lower(line->>'productCode'), lower(${needle}::text)) > 0
             OR strpos(lower(line->>'description'), lower(${needle}::text)) > 0)
        ${query.searchCustomers ? customerOrContact(needle) : sql``})`);
    }
    return eb.and(conditions);
  };
}
