// Customer and contact persistence per store (keys `${storeId}:${guid}`). The sync writes what Unleashed says;
// the store's own state (a customer's inStore) is kept on the same record.
import type { Collection, CollectionBackend } from '../storage/collections.ts';
import type { Contact, Customer } from './customers.types.ts';

export interface CustomersRepo {
  /** Moves whenever a customer changes (any store): the key for caches of what depends on customers, e.g. prices. */
  customersVersion(): number;
  getCustomer(storeId: string, guid: string): Promise<Customer | undefined>;
  listCustomers(storeId: string): Promise<Customer[]>;
  saveCustomers(customers: Customer[]): Promise<void>;
  /** Removes a customer and all its contacts (R6); returns the contacts that were removed. */
  removeCustomer(storeId: string, guid: string): Promise<Contact[]>;
  /** Customers added to the store (what the plan's customer limit counts, R7). */
  countInStore(storeId: string): Promise<number>;

  getContact(storeId: string, guid: string): Promise<Contact | undefined>;
  /** Every contact of the store, or of one customer, whatever its syncState. */
  listContacts(storeId: string, customerGuid?: string): Promise<Contact[]>;
  saveContacts(contacts: Contact[]): Promise<void>;
}

/** Writes only when there is something to write (a lowdb concern is rewritten whole on every put). */
async function putAll<T extends { id: string }>(collection: Collection<T>, records: T[]): Promise<void> {
  if (records.length > 0) await collection.put(...records);
}

const key = (storeId: string, guid: string) => `${storeId}:${guid}`;

/** The embedded customers repository (concern `customers`). */
export async function createCustomersRepo(backend: CollectionBackend): Promise<CustomersRepo> {
  const customers = await backend.collection<Customer>('customers', 'customers');
  const contacts = await backend.collection<Contact>('customers', 'contacts');
  const contactsOf = (storeId: string, customerGuid?: string) =>
    contacts
      .all()
      .filter(
        (c) => c.storeId === storeId && (customerGuid === undefined || c.customerGuid === customerGuid),
      );

  return {
    customersVersion: () => customers.version,
    getCustomer: async (storeId, guid) => customers.get(key(storeId, guid)),
    listCustomers: async (storeId) => customers.all().filter((c) => c.storeId === storeId),
    saveCustomers: (list) => putAll(customers, list),
    removeCustomer: async (storeId, guid) => {
      const removed = contactsOf(storeId, guid);
      await contacts.remove(...removed.map((c) => c.id));
      await customers.remove(key(storeId, guid));
      return removed;
    },
    countInStore: async (storeId) => customers.all().filter((c) => c.storeId === storeId && c.inStore).length,

    getContact: async (storeId, guid) => contacts.get(key(storeId, guid)),
    listContacts: async (storeId, customerGuid) => contactsOf(storeId, customerGuid),
    saveContacts: (list) => putAll(contacts, list),
  };
}
