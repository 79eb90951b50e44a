// A store: one Unleashed account connection plus the settings of R8. The API key is held encrypted.
import type { Selectable } from 'kysely';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { StoresTable } from '../db/schema.ts';
import type { OrderSettingsFields } from './order-settings.ts';

export type ImportStatus = components['schemas']['ImportStatus'];

export interface EncryptedSecret {
  /** base64 of iv (12 bytes) | tag (16 bytes) | ciphertext, AES-256-GCM. */
  sealed: string;
}

/** The columns a store record holds as they are (typed once, in the schema): its identity, then the settings every store has (R8). */
export const STORE_FIELDS = [
  'id',
  'name',
  'createdAt',
  'adminEmail',
  'taxCode',
  'defaultTaxRate',
  'warehouseCodes',
  'orderWarehouseCode',
  'syncIntervalMinutes',
  'autoAddCustomers',
] as const;

/** R18/R18a settings (order-settings.ts) are kept as the admin changed them; read them through orderSettings(). */
export interface Store
  extends OrderSettingsFields,
    Pick<Selectable<StoresTable>, (typeof STORE_FIELDS)[number]> {
  /** The address part buyers sign in at (`/s/{slug}/`); records made before slugs existed lack it. */
  slug?: string;
  importStatus: ImportStatus;
  /** R17b; records made before this setting existed lack it: read through storeDisplay(). */
  outOfStockPolicy?: 'hidden' | 'visible' | 'sellable';
  showStockCounts?: boolean;
  /** R21; default true (records made before this setting existed lack it). */
  standingOrdersEnabled?: boolean;
  /** Issue 16 item 9: `#rrggbb` or null (the default colour); records made before branding lack it. */
  brandColour?: string | null;
  bannerText?: string | null;
  /** The uploaded logo's version (a hash), read from store_logos; null or absent: no logo. Never saved here. */
  logoVersion?: string | null;
  unleashed: { apiId: string; apiKey: EncryptedSecret; baseUrl: string; connectedAt: string };
}

/** The store's branding as answered to admins and buyers: the logo by its versioned URL. */
export function storeBranding(store: Store): {
  brandColour: string | null;
  bannerText: string | null;
  logoUrl: string | null;
} {
  return {
    brandColour: store.brandColour ?? null,
    bannerText: store.bannerText?.trim() ? store.bannerText.trim() : null,
    logoUrl: store.logoVersion ? storeLogoPath(store.id, store.logoVersion) : null,
  };
}

/** The logo's path on the gateway, named by its version so it may be cached for long. */
export const storeLogoPath = (storeId: string, version: string): string =>
  `/store/logos/${encodeURIComponent(storeId)}?v=${version}`;

/** The buyer-facing display settings with their defaults. */
export function storeDisplay(store: Store): {
  outOfStockPolicy: 'hidden' | 'visible' | 'sellable';
  showStockCounts: boolean;
} {
  return {
    outOfStockPolicy: store.outOfStockPolicy ?? 'visible',
    showStockCounts: store.showStockCounts ?? true,
  };
}

/** R21: whether buyers may make standing orders (and existing ones run); records made before the switch allow them. */
export const standingOrdersAllowed = (store: Store): boolean => store.standingOrdersEnabled ?? true;

/** The store as a signed-in buyer is told of it (/store/me). */
export function buyerStoreOf(store: Store): {
  id: string;
  name: string;
  slug: string;
  standingOrdersEnabled: boolean;
  branding: ReturnType<typeof storeBranding>;
} {
  return {
    id: store.id,
    name: store.name,
    slug: storeSlug(store),
    standingOrdersEnabled: standingOrdersAllowed(store),
    branding: storeBranding(store),
  };
}

/** The store's slug; a record from before slugs answers its id, which still finds it. */
export const storeSlug = (store: Store): string => store.slug ?? store.id;
