// Customers and contacts ↔ their table rows. Writing accepts records of earlier versions (the old storage's
// import) that may lack fields added later; reading gives back exactly the record the sync compares against.
import type { Insertable, Selectable } from 'kysely';
import { fieldsOrNull, sameFields, storeRecordId } from '../db/row-fields.ts';
import type { ContactsTable, CustomersTable } from '../db/schema.ts';
import type { Address, Contact, ContactSyncState, Customer } from './customers.types.ts';

export function toCustomer(row: Selectable<CustomersTable>): Customer {
  return {
    id: storeRecordId(row.storeId, row.guid),
    ...sameFields(row, ['storeId', 'guid', ...CUSTOMER_COLUMNS]),
    addresses: row.addresses as Address[],
  };
}

export function toCustomerRow(customer: Customer): Insertable<CustomersTable> {
  return {
    ...sameFields(customer, ['storeId', 'guid', 'code', 'name', 'modifiedAt']),
    ...fieldsOrNull(customer, ['customerType', 'currency', 'taxCode', 'taxRate', 'sellPriceTier', 'addedAt']),
    taxable: customer.taxable ?? true,
    discountRate: customer.discountRate ?? 0,
    addresses: JSON.stringify(customer.addresses ?? []),
    obsolete: customer.obsolete ?? false,
    inStore: customer.inStore ?? false,
    syncedAt: customer.syncedAt ?? customer.modifiedAt,
  };
}

export function toContact(row: Selectable<ContactsTable>): Contact {
  return {
    id: storeRecordId(row.storeId, row.guid),
    ...sameFields(row, ['storeId', 'guid', ...CONTACT_COLUMNS]),
    syncState: row.syncState as ContactSyncState,
  };
}

export function toContactRow(contact: Contact): Insertable<ContactsTable> {
  return {
    ...sameFields(contact, ['storeId', 'guid', 'customerGuid', 'modifiedAt']),
    ...fieldsOrNull(contact, ['firstName', 'lastName', 'email']),
    isDefault: contact.isDefault ?? false,
    forOrdering: contact.forOrdering ?? false,
    syncState: contact.syncState ?? 'synced',
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
