// Customer and contact records synced from Unleashed (R9), with the store's own state on top (inStore, R7).

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

export interface Customer {
  id: string;
  storeId: string;
  guid: string;
  code: string;
  name: string;
  customerType: string | null;
  currency: string | null;
  taxable: boolean;
  taxCode: string | null;
  taxRate: number | null;
  /** A fraction: 0.05 = 5%. */
  discountRate: number;
  /** The tier label, or null for none. */
  sellPriceTier: string | null;
  addresses: Address[];
  obsolete: boolean;
  /** Added to the store (counts against the plan's customer limit). */
  inStore: boolean;
  addedAt: string | null;
  modifiedAt: string;
  syncedAt: string;
}

/**
 * synced: in the store; not-ordering: a non-default contact whose Ordering flag was cleared in Unleashed
 * (kept, login revoked); removed: no longer on the customer in Unleashed (kept for history, login revoked).
 */
export type ContactSyncState = 'synced' | 'not-ordering' | 'removed';

export interface Contact {
  id: string;
  storeId: string;
  guid: string;
  customerGuid: string;
  firstName: string | null;
  lastName: string | null;
  /** Lower-cased; null when Unleashed has none (such a contact cannot be invited). */
  email: string | null;
  isDefault: boolean;
  forOrdering: boolean;
  syncState: ContactSyncState;
  modifiedAt: string;
  syncedAt: string;
}
