// Customer and contact records synced from Unleashed (R9), with the store's own state on top (inStore, R7).
import type { Selectable } from 'kysely';
import type { ContactsTable, CustomersTable } from '../db/schema.ts';

export interface Address {
  type: 'Postal' | 'Physical' | 'Shipping';
  name: string | null;
  street: string | null;
  street2: string | null;
  suburb: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
  postalCode: string | null;
  isDefault: boolean;
}

/** A customer as its row holds it (the fields are listed once, in the schema), with its id and typed addresses. */
export interface Customer extends Omit<Selectable<CustomersTable>, 'addresses'> {
  id: string;
  addresses: Address[];
}

/**
 * synced: in the store; not-ordering: a non-default contact whose Ordering flag was cleared in Unleashed
 * (kept, login revoked); removed: no longer on the customer in Unleashed (kept for history, login revoked).
 */
export type ContactSyncState = 'synced' | 'not-ordering' | 'removed';

/** A contact as its row holds it (the fields are listed once, in the schema), with its id. */
export interface Contact extends Omit<Selectable<ContactsTable>, 'syncState'> {
  id: string;
  syncState: ContactSyncState;
}
