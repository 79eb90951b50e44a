// The customers page's filters (R11) as SQL: a search on code, name or a current contact's email (any case),
// the customer type (any case), membership of the store, and whether it has contacts. A contact removed in
// Unleashed is kept for history but is no longer the customer's: it never counts.
import type { ExpressionBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface CustomerSearch {
  /** Part of the code, the name or the email of a contact not removed in Unleashed. */
  search?: string;
  customerType?: string;
  inStore?: boolean;
  /** Only customers with at least one current contact, or with none. */
  contacts?: 'some' | 'none';
}

/** The WHERE of the store's customers matching `query`; blank filters match everything. */
export function whereCustomersMatch(storeId: string, query: CustomerSearch) {
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
