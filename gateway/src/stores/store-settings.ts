// The settings an admin may change on a store (R8, R17b, R18, R21): exactly those StoreSettings names. A PATCH body
// is copied field by field from this list, never merged wholesale, so `id`, `createdAt` and the Unleashed
// connection (changed only through PUT …/connection, with its signed check) stay out of reach even if the
// validator let something through.
import type { components } from '../../../openapi/generated/gateway.d.ts';

export type StoreSettings = components['schemas']['StoreSettings'];

export const STORE_SETTING_NAMES = [
  'name',
  'slug',
  'adminEmail',
  'importStatus',
  'warehouseCodes',
  'orderWarehouseCode',
  'taxCode',
  'defaultTaxRate',
  'syncIntervalMinutes',
  'autoAddCustomers',
  'outOfStockPolicy',
  'showStockCounts',
  'standingOrdersEnabled',
  'orderStatuses',
  'orderRequestEmailToBuyer',
  'orderRequestEmailToAdmin',
  'brandColour',
  'bannerText',
] as const satisfies readonly (keyof StoreSettings)[];

// A setting added to the spec but not to the list above fails to compile here.
type Unlisted = Exclude<keyof StoreSettings, (typeof STORE_SETTING_NAMES)[number]>;
const everySettingListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everySettingListed;

/** The named settings present in `body`, and nothing else. */
export function pickStoreSettings(body: StoreSettings): StoreSettings {
  const picked: Record<string, unknown> = {};
  for (const name of STORE_SETTING_NAMES) if (body[name] !== undefined) picked[name] = body[name];
  return picked as StoreSettings;
}
