// Customer and contact persistence per store (tables `customers`, `contacts`). The sync writes what Unleashed
// says; the store's own state (a customer's inStore) is kept on the same row. Every write moves the store's
// 'customers' data version in the same transaction, so caches built on customers (prices) follow any instance.
import { sql } from 'kysely';
import { createDataVersions, type DataVersions } from '../db/data-versions.ts';
import type { PortalDb } from '../db/database.ts';
import { deleteStoreRows, selectStoreRows } from '../db/store-rows.ts';
import {
  CONTACT_COLUMNS,
  CUSTOMER_COLUMNS,
  toContact,
  toContactRow,
  toCustomer,
  toCustomerRow,
} from './customers.rows.ts';
import { byCode, type CustomerQueries, createCustomerQueries } from './customers.search.ts';
import type { Contact, Customer } from './customers.types.ts';

export interface CustomersRepo extends CustomerQueries {
  getCustomer(storeId: string, guid: string): Promise<Customer | undefined>;
  /** The store's customers among `guids` (any number), by GUID; unknown GUIDs are left out. */
  getCustomers(storeId: string, guids: readonly string[]): Promise<Map<string, Customer>>;
  /** Every customer of the store, by code. */
  listCustomers(storeId: string): Promise<Customer[]>;
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

/** Inserts or replaces rows by (store, guid), in chunks, then moves each store's 'customers' version. */
async function upsert<R extends { storeId: string }>(
  db: PortalDb,
  versions: DataVersions,
  table: 'customers' | 'contacts',
  rows: R[],
  columns: readonly string[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction(async () => {
    for (let at = 0; at < rows.length; at += CHUNK)
      await db.q
        .insertInto(table)
        .values(rows.slice(at, at + CHUNK) as never)
        .onConflict((oc) =>
          oc
            .columns(['storeId', 'guid'])
            .doUpdateSet((eb) =>
              Object.fromEntries(columns.map((column) => [column, eb.ref(`excluded.${column}` as never)])),
            ),
        )
        .execute();
    for (const storeId of new Set(rows.map((row) => row.storeId))) await versions.bump(storeId, 'customers');
  });
}

/** The repository on `db`; `versions` should be the gateway's one, so its own caches see a bump at once. */
export function createCustomersRepo(
  db: PortalDb,
  versions: DataVersions = createDataVersions(db),
): CustomersRepo {
  const contactsQuery = (storeId: string) =>
    selectStoreRows(db, 'contacts', storeId)
      .orderBy('customerGuid')
      .orderBy('isDefault', 'desc')
      .orderBy(sql`lower(first_name)`)
      .orderBy(sql`lower(last_name)`)
      .orderBy('guid');

  return {
    getCustomers: async (storeId, guids) => {
      if (guids.length === 0) return new Map();
      const rows = await selectStoreRows(db, 'customers', storeId)
        .where('guid', '=', sql<string>`any(${[...guids]}::text[])`)
        .execute();
      return new Map(rows.map((row) => [row.guid, toCustomer(row)]));
    },
    getCustomer: async (storeId, guid) => {
      const row = await selectStoreRows(db, 'customers', storeId).where('guid', '=', guid).executeTakeFirst();
      return row && toCustomer(row);
    },
    listCustomers: async (storeId) =>
      (await selectStoreRows(db, 'customers', storeId).orderBy(byCode).orderBy('guid').execute()).map(
        toCustomer,
      ),
    ...createCustomerQueries(db),
    saveCustomers: (customers) =>
      upsert(db, versions, 'customers', customers.map(toCustomerRow), CUSTOMER_COLUMNS),
    removeCustomer: (storeId, guid) =>
      db.transaction(async () => {
        const removed = await deleteStoreRows(db, 'contacts', storeId)
          .where('customerGuid', '=', guid)
          .returningAll()
          .execute();
        // The orders' foreign key cascades: the customer's store orders go with it (R6).
        await deleteStoreRows(db, 'customers', storeId).where('guid', '=', guid).execute();
        await versions.bump(storeId, 'customers');
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
      const row = await selectStoreRows(db, 'contacts', storeId).where('guid', '=', guid).executeTakeFirst();
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
    saveContacts: (contacts) => upsert(db, versions, 'contacts', contacts.map(toContactRow), CONTACT_COLUMNS),
  };
}
