// Customer and contact persistence per store (tables `customers`, `contacts`). The sync writes what Unleashed
// says; the store's own state (a customer's inStore) is kept on the same row. Every write moves the store's
// 'customers' data version in the same transaction, so caches built on customers (prices) follow any instance.
import { type ExpressionBuilder, sql } from 'kysely';
import { createDataVersions, type DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { PageRequest } from '../http/paging.ts';
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  toContact,
  toContactRow,
  toCustomer,
  toCustomerRow,
} from './customers.rows.ts';
import { type CustomerSearch, whereCustomersMatch } from './customers.search.ts';
import type { Contact, Customer } from './customers.types.ts';

export type { CustomerSearch } from './customers.search.ts';

export interface CustomersRepo {
  getCustomer(storeId: string, guid: string): Promise<Customer | undefined>;
  /** Every customer of the store, by code. */
  listCustomers(storeId: string): Promise<Customer[]>;
  /** The store's customers matching `search`, by code (any case): one page of them, or all without a page. */
  findCustomers(
    storeId: string,
    search: CustomerSearch,
    page?: PageRequest,
  ): Promise<{ items: Customer[]; total: number }>;
  /** The distinct customer types (trimmed; one spelling per type whatever its case), in no set order. */
  customerTypes(storeId: string): Promise<string[]>;
  saveCustomers(customers: Customer[]): Promise<void>;
  /** Removes a customer, its contacts and its store orders (R6); returns the contacts that were removed. */
  removeCustomer(storeId: string, guid: string): Promise<Contact[]>;
  /** Customers added to the store (what the plan's customer limit counts, R7). */
  countInStore(storeId: string): Promise<number>;

  getContact(storeId: string, guid: string): Promise<Contact | undefined>;
  /** Every contact of the store, or of one customer, whatever its syncState: the default first, then by name. */
  listContacts(storeId: string, customerGuid?: string): Promise<Contact[]>;
  /** The contacts of these customers, in the same order. */
  listContactsOf(storeId: string, customerGuids: readonly string[]): Promise<Contact[]>;
  /** The store's contacts with this (lower-cased) email, whatever their syncState. */
  listContactsByEmail(storeId: string, email: string): Promise<Contact[]>;
  saveContacts(contacts: Contact[]): Promise<void>;
}

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters at 17 columns. */
const CHUNK = 1_000;

// biome-ignore lint/suspicious/noExplicitAny: an upsert's SET list is the same shape for any table
const fromExcluded = (columns: readonly string[]) => (eb: ExpressionBuilder<any, any>) =>
  Object.fromEntries(columns.map((column) => [column, eb.ref(`excluded.${column}`)]));

export function createCustomersRepo(
  db: PortalDb,
  versions: DataVersions = createDataVersions(db),
): CustomersRepo {
  const contactsQuery = (storeId: string) =>
    db.q
      .selectFrom('contacts')
      .selectAll()
      .where('storeId', '=', storeId)
      .orderBy('customerGuid')
      .orderBy('isDefault', 'desc')
      .orderBy(sql`lower(first_name)`)
      .orderBy(sql`lower(last_name)`)
      .orderBy('guid');
  const bumpAll = async (storeIds: Iterable<string>) => {
    for (const storeId of new Set(storeIds)) await versions.bump(storeId, 'customers');
  };
  const byCode = (eb: ExpressionBuilder<Database, 'customers'>) => eb.fn('lower', ['customers.code']);

  return {
    getCustomer: async (storeId, guid) => {
      const row = await db.q
        .selectFrom('customers')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('guid', '=', guid)
        .executeTakeFirst();
      return row && toCustomer(row);
    },
    listCustomers: async (storeId) =>
      (
        await db.q
          .selectFrom('customers')
          .selectAll()
          .where('storeId', '=', storeId)
          .orderBy(byCode)
          .orderBy('guid')
          .execute()
      ).map(toCustomer),
    async findCustomers(storeId, search, page) {
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
    customerTypes: async (storeId) => {
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
    saveCustomers: async (customers) => {
      if (customers.length === 0) return;
      await db.transaction(async () => {
        for (let at = 0; at < customers.length; at += CHUNK)
          await db.q
            .insertInto('customers')
            .values(customers.slice(at, at + CHUNK).map(toCustomerRow))
            .onConflict((oc) => oc.columns(['storeId', 'guid']).doUpdateSet(fromExcluded(CUSTOMER_COLUMNS)))
            .execute();
        await bumpAll(customers.map((c) => c.storeId));
      });
    },
    removeCustomer: (storeId, guid) =>
      db.transaction(async () => {
        const removed = await db.q
          .deleteFrom('contacts')
          .where('storeId', '=', storeId)
          .where('customerGuid', '=', guid)
          .returningAll()
          .execute();
        // The orders' foreign key cascades: the customer's store orders go with it (R6).
        await db.q.deleteFrom('customers').where('storeId', '=', storeId).where('guid', '=', guid).execute();
        await bumpAll([storeId]);
        return removed.map(toContact);
      }),
    countInStore: async (storeId) => {
      const { n } = await db.q
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('storeId', '=', storeId)
        .where('inStore', '=', true)
        .executeTakeFirstOrThrow();
      return Number(n);
    },

    getContact: async (storeId, guid) => {
      const row = await db.q
        .selectFrom('contacts')
        .selectAll()
        .where('storeId', '=', storeId)
        .where('guid', '=', guid)
        .executeTakeFirst();
      return row && toContact(row);
    },
    listContacts: async (storeId, customerGuid) =>
      (customerGuid === undefined
        ? await contactsQuery(storeId).execute()
        : await contactsQuery(storeId).where('customerGuid', '=', customerGuid).execute()
      ).map(toContact),
    listContactsOf: async (storeId, customerGuids) => {
      if (customerGuids.length === 0) return [];
      const rows = await contactsQuery(storeId)
        .where(sql<boolean>`customer_guid = ANY(${[...customerGuids]}::text[])`)
        .execute();
      const position = new Map(customerGuids.map((guid, at) => [guid, at]));
      return rows
        .map(toContact)
        .sort((a, b) => (position.get(a.customerGuid) ?? 0) - (position.get(b.customerGuid) ?? 0));
    },
    listContactsByEmail: async (storeId, email) =>
      (await contactsQuery(storeId).where('email', '=', email).execute()).map(toContact),
    saveContacts: async (contacts) => {
      if (contacts.length === 0) return;
      await db.transaction(async () => {
        for (let at = 0; at < contacts.length; at += CHUNK)
          await db.q
            .insertInto('contacts')
            .values(contacts.slice(at, at + CHUNK).map(toContactRow))
            .onConflict((oc) => oc.columns(['storeId', 'guid']).doUpdateSet(fromExcluded(CONTACT_COLUMNS)))
            .execute();
        await bumpAll(contacts.map((c) => c.storeId));
      });
    },
  };
}
