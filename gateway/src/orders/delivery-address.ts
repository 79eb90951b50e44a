// A delivery address as the spec names it: copied field by field, so nothing a body adds (a blob, a deep object,
// an unknown key) is stored with it or read back out of an older record.
import type { components } from '../../../openapi/generated/gateway.d.ts';

export type DeliveryAddress = components['schemas']['DeliveryAddress'];

const ADDRESS_FIELDS = [
  'name',
  'street',
  'street2',
  'suburb',
  'city',
  'region',
  'country',
  'postalCode',
] as const satisfies readonly (keyof DeliveryAddress)[];

/** The named address fields of `value` that hold a string or null; anything else is left out. */
export function pickDeliveryAddress(value: DeliveryAddress): DeliveryAddress {
  const address: DeliveryAddress = {};
  for (const field of ADDRESS_FIELDS) {
    const part = value[field];
    if (typeof part === 'string' || part === null) address[field] = part;
  }
  return address;
}
