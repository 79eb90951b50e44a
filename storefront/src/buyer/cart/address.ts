// Delivery addresses as one readable line, and the empty address a typed one starts from.
import type { DeliveryAddress } from '../../api/types.ts';

export const ADDRESS_FIELDS = [
  ['name', 'Name or company'],
  ['street', 'Street'],
  ['street2', 'Street, second line'],
  ['suburb', 'Suburb'],
  ['city', 'City'],
  ['region', 'Region'],
  ['postalCode', 'Postcode'],
  ['country', 'Country'],
] as const;

export type AddressField = (typeof ADDRESS_FIELDS)[number][0];

/** `{ street: '1 Main St', city: 'Auckland' }` → `1 Main St, Auckland`. */
export function formatAddress(address: DeliveryAddress | null | undefined): string {
  if (!address) return '—';
  const parts = ADDRESS_FIELDS.map(([field]) => address[field]?.trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : '—';
}

/** The typed address to send: blank fields left out. */
export function typedAddress(values: Partial<Record<AddressField, string>>): DeliveryAddress {
  const address: DeliveryAddress = {};
  for (const [field] of ADDRESS_FIELDS) {
    const value = values[field]?.trim();
    if (value) address[field] = value;
  }
  return address;
}
