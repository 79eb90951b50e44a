// Customer and contact records as the sync writes them, for the customers repository's tests.
import type { Contact, Customer } from '../src/customers/customers.types.ts';

export const customer = (storeId: string, code: string, overrides: Partial<Customer> = {}): Customer => ({
  id: `${storeId}:g-${code}`,
  storeId,
  guid: `g-${code}`,
  code,
  name: `${code} Trading Ltd`,
  customerType: null,
  currency: 'NZD',
  taxable: true,
  taxCode: 'G.S.T.',
  taxRate: 0.15,
  discountRate: 0.05,
  sellPriceTier: 'Sell Price Tier 2',
  addresses: [
    {
      type: 'Physical',
      name: 'Warehouse',
      street: '1 Quay St',
      street2: null,
      suburb: null,
      city: 'Auckland',
      region: null,
      country: 'New Zealand',
      postalCode: '1010',
      isDefault: true,
    },
  ],
  obsolete: false,
  inStore: true,
  addedAt: '2026-11-01T09:00:00.000Z',
  modifiedAt: '2026-10-01T09:00:00.000Z',
  syncedAt: '2026-11-01T09:00:00.000Z',
  ...overrides,
});

export const contact = (of: Customer, first: string, overrides: Partial<Contact> = {}): Contact => ({
  id: `${of.storeId}:${of.guid}-${first}`,
  storeId: of.storeId,
  guid: `${of.guid}-${first}`,
  customerGuid: of.guid,
  firstName: first,
  lastName: null,
  email: `${first.toLowerCase()}@${of.code.toLowerCase()}.example`,
  isDefault: false,
  forOrdering: true,
  syncState: 'synced',
  modifiedAt: '2026-10-01T09:00:00.000Z',
  syncedAt: '2026-11-01T09:00:00.000Z',
  ...overrides,
});
