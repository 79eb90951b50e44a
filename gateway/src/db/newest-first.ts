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

/** The column each table's rows are ordered by when made. */
type MadeAtColumn<T extends NewestFirstTables> = T extends 'actingSessions' ? 'startedAt' : 'createdAt';

/** One page of the rows `matching` selects, newest first by `madeAt`, and how many rows match in all. */
export async function newestFirstPage<T extends NewestFirstTables, O>(
  matching: SelectQueryBuilder<Database, T, O>,
  madeAt: MadeAtColumn<T>,
  { page, pageSize }: PageRequest,
): Promise<{ rows: O[]; total: number }> {
  // Kysely cannot resolve a column against a table that is a type parameter; MadeAtColumn pairs them above.
  const query = matching as unknown as SelectQueryBuilder<Database, NewestFirstTables, O>;
  const rows = await query
    .orderBy(madeAt, 'desc')
    .orderBy('seq', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const { total } = await query
    .clearOrderBy()
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total) };
}
