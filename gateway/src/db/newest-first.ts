// Lists of rows kept in the order they were made (orders, standing orders, acting sessions), newest first: those
// made at the same instant (a frozen clock) by their seq, the later-made first.
import type { SelectQueryBuilder } from 'kysely';
import type { PageRequest } from '../http/paging.ts';
import type { Database } from './schema.ts';

type CustomerOrderTables = 'orders' | 'standingOrders';
type NewestFirstTables = CustomerOrderTables | 'actingSessions';

/** Narrows a query to one customer's rows, newest first (those made at the same instant: the later-made first). */
export const customersNewestFirst =
  (storeId: string, customerGuid: string) =>
  <O>(query: SelectQueryBuilder<Database, CustomerOrderTables, O>) =>
    query
      .where('storeId', '=', storeId)
      .where('customerGuid', '=', customerGuid)
      .orderBy('createdAt', 'desc')
      .orderBy('seq', 'desc');

/** One page of the rows `matching` selects, newest first by `madeAt`, and how many rows match in all. */
export async function newestFirstPage<O>(
  matching: SelectQueryBuilder<Database, NewestFirstTables, O>,
  madeAt: 'createdAt' | 'startedAt',
  { page, pageSize }: PageRequest,
): Promise<{ rows: O[]; total: number }> {
  const rows = await matching
    .orderBy(madeAt, 'desc')
    .orderBy('seq', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const { total } = await matching
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}
