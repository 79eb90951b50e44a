// A whole product record for catalogue repository tests (every column the table requires), with overrides.
import type { Product } from '../src/catalogue/catalogue.types.ts';

/** A synced product of `storeId`, Hidden unless overridden. */
export const aProduct = (storeId: string, guid: string, overrides: Partial<Product> = {}): Product => ({
  id: `${storeId}:${guid}`,
  storeId,
  guid,
  code: guid.toUpperCase(),
  description: `Product ${guid}`,
  categoryGuid: null,
  categoryName: null,
  defaultSellPrice: 10,
  tierPrices: [null, 9.5],
  minimumSellPrice: null,
  minimumSaleQuantity: null,
  packSize: null,
  taxable: true,
  taxCode: null,
  taxRate: null,
  images: [{ url: 'https://img/1.svg', isDefault: true }],
  sellableInUnleashed: true,
  obsolete: false,
  status: 'hidden',
  modifiedAt: '2026-11-01T00:00:00.000Z',
  syncedAt: '2026-11-02T00:00:00.000Z',
  ...overrides,
});
