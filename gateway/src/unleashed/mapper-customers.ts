// Unleashed customers (with addresses) and their contacts → customer and contact records. Store-owned fields
// (inStore, addedAt, a contact's syncState) are decided by the sync and passed in.
import type { Address, Contact, ContactSyncState, Customer } from '../customers/customers.types.ts';
import type { UnleashedClient } from './client.ts';
import { modifiedAtOf, storeKeys } from './mapper-common.ts';
import type { UContact, UCustomer } from './types.ts';

type UAddress = NonNullable<UCustomer['Addresses']>[number];

/** With includeAllContacts=true Unleashed sends at most this many contacts per customer (documented). */
export const CONTACTS_PER_CUSTOMER_CAP = 100;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cased and trimmed; null when empty or not an email address (such a contact cannot be invited, R9). */
export function normaliseEmail(raw: string | null | undefined): string | null {
  const email = raw?.trim().toLowerCase() ?? '';
  return EMAIL.test(email) ? email : null;
}

/** One of a customer's addresses (type Physical when Unleashed leaves it out). */
export function toAddress(u: UAddress): Address {
  return {
    type: u.AddressType ?? 'Physical',
    name: u.AddressName ?? null,
    street: u.StreetAddress ?? null,
    street2: u.StreetAddress2 ?? null,
    suburb: u.Suburb ?? null,
    city: u.City ?? null,
    region: u.Region ?? null,
    country: u.Country ?? null,
    postalCode: u.PostalCode ?? null,
    isDefault: u.IsDefault ?? false,
  };
}

/** A customer as the store keeps it; `place` is the store's own state (R7). */
export function toCustomer(
  u: UCustomer,
  storeId: string,
  place: Pick<Customer, 'inStore' | 'addedAt'>,
  syncedAt: string,
): Customer {
  return {
    ...storeKeys(storeId, u.Guid),
    code: u.CustomerCode,
    name: u.CustomerName,
    customerType: u.CustomerType || null,
    currency: u.Currency?.CurrencyCode ?? null,
    taxable: u.Taxable ?? true,
    taxCode: u.TaxCode || null,
    taxRate: u.TaxRate ?? null,
    discountRate: u.DiscountRate ?? 0,
    sellPriceTier: u.SellPriceTier || null,
    addresses: (u.Addresses ?? []).map(toAddress),
    obsolete: u.Obsolete,
    inStore: place.inStore,
    addedAt: place.addedAt,
    modifiedAt: modifiedAtOf(u),
    syncedAt,
  };
}

/**
 * Every contact of a customer: those sent with it (includeAllContacts=true), or, when none were sent or the
 * list may have been cut at the cap, the customer's own contact list (one more call).
 */
export async function contactsOfCustomer(client: UnleashedClient, u: UCustomer): Promise<UContact[]> {
  if (u.Contacts && u.Contacts.length < CONTACTS_PER_CUSTOMER_CAP) return u.Contacts;
  const body = await client.get<{ Items: UContact[] }>(`/Customers/${u.Guid}/Contacts`, { pageSize: 1000 });
  return body.Items;
}

/** A contact of `customerGuid`; `syncState` is the sync's verdict under R9. */
export function toContact(
  u: UContact,
  storeId: string,
  customerGuid: string,
  syncState: ContactSyncState,
  syncedAt: string,
): Contact {
  return {
    ...storeKeys(storeId, u.Guid),
    customerGuid,
    firstName: u.FirstName ?? null,
    lastName: u.LastName ?? null,
    email: normaliseEmail(u.EmailAddress),
    isDefault: u.IsDefault,
    forOrdering: u.ForOrdering,
    syncState,
    modifiedAt: modifiedAtOf(u),
    syncedAt,
  };
}
