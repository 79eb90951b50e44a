// A customer's rows of a table that keeps orders of theirs (store orders, standing orders), newest first.
import type { SelectQueryBuilder } from 'kysely';
import type { Database } from './schema.ts';

type CustomerOrderTables = 'orders' | 'standingOrders';

/** Narrows a query to one customer's rows, newest first (those made at the same instant: the later-made first). */
export const customersNewestFirst =
  (storeId: string, customerGuid: string) =>
  <O>(query: SelectQueryBuilder<Database, CustomerOrderTables, O>) =>
    query
      .where('storeId', '=', storeId)
      .where('customerGuid', '=', customerGuid)
      .orderBy('createdAt', 'desc')
      .orderBy('seq', 'desc');
