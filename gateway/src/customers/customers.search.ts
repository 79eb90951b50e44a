// The customers page's queries (R11) in SQL: a search on code, name or a current contact's email (any case),
// the customer type (any case), membership of the store, and whether it has contacts, sorted by code and paged.
// A contact removed in Unleashed is kept for history but is no longer the customer's: it never counts.
import { type ExpressionBuilder, sql } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { PageRequest } from '../http/paging.ts';
import { toCustomer } from './customers.rows.ts';
import type { Customer } from './customers.types.ts';

export interface CustomerSearch {
  /** Part of the code, the name or the email of a contact not removed in Unleashed. */
  search?: string;
  customerType?: string;
  inStore?: boolean;
  /** Only customers with at least one current contact, or with none. */
  contacts?: 'some' | 'none';
}

/** The WHERE of the store's customers matching `query`; blank filters match everything. */
function whereCustomersMatch(storeId: string, query: CustomerSearch) {
  return (eb: ExpressionBuilder<Database, 'customers'>) => {
    const search = query.search?.trim().toLowerCase();
    const type = query.customerType?.trim().toLowerCase();
    const contains = (text: 'customers.code' | 'customers.name', part: string) =>
      eb(eb.fn('strpos', [eb.fn('lower', [text]), eb.val(part)]), '>', 0);
    const currentContacts = () =>
      eb
        .selectFrom('contacts')
        .select('contacts.guid')
        .whereRef('contacts.storeId', '=', 'customers.storeId')
        .whereRef('contacts.customerGuid', '=', 'customers.guid')
        .where('contacts.syncState', '<>', 'removed');
    return eb.and([
      eb('customers.storeId', '=', storeId),
      ...(query.inStore === undefined ? [] : [eb('customers.inStore', '=', query.inStore)]),
      ...(type ? [eb(eb.fn('lower', ['customers.customerType']), '=', type)] : []),
      ...(query.contacts === 'some' ? [eb.exists(currentContacts())] : []),
      ...(query.contacts === 'none' ? [eb.not(eb.exists(currentContacts()))] : []),
      ...(search
        ? [
            eb.or([
              contains('customers.code', search),
              contains('customers.name', search),
              eb.exists(
                currentContacts().where((inner) =>
                  inner(inner.fn('strpos', ['contacts.email', inner.val(search)]), '>', 0),
                ),
              ),
            ]),
          ]
        : []),
    ]);
  };
}

/** Customers by code in any case (the index customers_code), the guid settling equal codes. */
export const byCode = (eb: ExpressionBuilder<Database, 'customers'>) => eb.fn('lower', ['customers.code']);

export type CustomerQueries = ReturnType<typeof createCustomerQueries>;

export function createCustomerQueries(db: PortalDb) {
  return {
    /** The store's customers matching `search`, by code: one page of them and how many match, or all of them. */
    async findCustomers(
      storeId: string,
      search: CustomerSearch,
      page?: PageRequest,
    ): Promise<{ items: Customer[]; total: number }> {
      const matching = db.q.selectFrom('customers').where(whereCustomersMatch(storeId, search));
      let rows = matching.selectAll().orderBy(byCode).orderBy('guid');
      if (page) rows = rows.limit(page.pageSize).offset((page.page - 1) * page.pageSize);
      const items = (await rows.execute()).map(toCustomer);
      if (!page) return { items, total: items.length };
      const { total } = await matching
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      return { items, total: Number(total) };
    },
    /** The distinct customer types, trimmed, one spelling per type whatever its case, in no set order. */
    async customerTypes(storeId: string): Promise<string[]> {
      const type = sql<string>`btrim(customer_type)`;
      const rows = await db.q
        .selectFrom('customers')
        .distinctOn(sql`lower(${type})`)
        .select(type.as('type'))
        .where('storeId', '=', storeId)
        .where(type, '<>', '')
        .orderBy(sql`lower(${type})`)
        .orderBy(type)
        .execute();
      return rows.map((row) => row.type);
    },
  };
}
