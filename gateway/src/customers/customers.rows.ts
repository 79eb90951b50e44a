// Customers and contacts ↔ their table rows. Writing accepts records of earlier versions (the old storage's
// import) that may lack fields added later; reading gives back exactly the record the sync compares against.
import type { Insertable, Selectable } from 'kysely';
import type { ContactsTable, CustomersTable } from '../db/schema.ts';
import type { Address, Contact, ContactSyncState, Customer } from './customers.types.ts';

export const recordId = (storeId: string, guid: string) => `${storeId}:${guid}`;

export function toCustomer(row: Selectable<CustomersTable>): Customer {
  return {
    id: recordId(row.storeId, row.guid),
    storeId: row.storeId,
    guid: row.guid,
    code: row.code,
    name: row.name,
    customerType: row.customerType,
    currency: row.currency,
    taxable: row.taxable,
    taxCode: row.taxCode,
    taxRate: row.taxRate,
    discountRate: row.discountRate,
    sellPriceTier: row.sellPriceTier,
    addresses: row.addresses as Address[],
    obsolete: row.obsolete,
    inStore: row.inStore,
    addedAt: row.addedAt,
    modifiedAt: row.modifiedAt,
    syncedAt: row.syncedAt,
  };
}

export function toCustomerRow(customer: Customer): Insertable<CustomersTable> {
  return {
    storeId: customer.storeId,
    guid: customer.guid,
    code: customer.code,
    name: customer.name,
    customerType: customer.customerType ?? null,
    currency: customer.currency ?? null,
    taxable: customer.taxable ?? true,
    taxCode: customer.taxCode ?? null,
    taxRate: customer.taxRate ?? null,
    discountRate: customer.discountRate ?? 0,
    sellPriceTier: customer.sellPriceTier ?? null,
    addresses: JSON.stringify(customer.addresses ?? []),
    obsolete: customer.obsolete ?? false,
    inStore: customer.inStore ?? false,
    addedAt: customer.addedAt ?? null,
    modifiedAt: customer.modifiedAt,
    syncedAt: customer.syncedAt ?? customer.modifiedAt,
  };
}

export function toContact(row: Selectable<ContactsTable>): Contact {
  return {
    id: recordId(row.storeId, row.guid),
    storeId: row.storeId,
    guid: row.guid,
    customerGuid: row.customerGuid,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    isDefault: row.isDefault,
    forOrdering: row.forOrdering,
    syncState: row.syncState as ContactSyncState,
    modifiedAt: row.modifiedAt,
    syncedAt: row.syncedAt,
  };
}

export function toContactRow(contact: Contact): Insertable<ContactsTable> {
  return {
    storeId: contact.storeId,
    guid: contact.guid,
    customerGuid: contact.customerGuid,
    firstName: contact.firstName ?? null,
    lastName: contact.lastName ?? null,
    email: contact.email ?? null,
    isDefault: contact.isDefault ?? false,
    forOrdering: contact.forOrdering ?? false,
    syncState: contact.syncState ?? 'synced',
    modifiedAt: contact.modifiedAt,
    syncedAt: contact.syncedAt ?? contact.modifiedAt,
  };
}

/** The columns an upsert replaces (all but the key). */
export const CUSTOMER_COLUMNS = [
  'code',
  'name',
  'customerType',
  'currency',
  'taxable',
  'taxCode',
  'taxRate',
  'discountRate',
  'sellPriceTier',
  'addresses',
  'obsolete',
  'inStore',
  'addedAt',
  'modifiedAt',
  'syncedAt',
] as const satisfies readonly (keyof CustomersTable)[];

export const CONTACT_COLUMNS = [
  'customerGuid',
  'firstName',
  'lastName',
  'email',
  'isDefault',
  'forOrdering',
  'syncState',
  'modifiedAt',
  'syncedAt',
] as const satisfies readonly (keyof ContactsTable)[];
