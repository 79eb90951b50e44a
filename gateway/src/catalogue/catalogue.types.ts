// Catalogue records: products, categories, price tiers, price rules and stock as synced from Unleashed, with
// the store's own choices (status) layered on top (R3). Ids are `${storeId}:${…}` so stores never collide.
import type { components } from '../../../openapi/generated/gateway.d.ts';

export type ProductStatus = components['schemas']['ProductStatus'];

export interface ProductImage {
  url: string;
  isDefault: boolean;
}

export interface Product {
  id: string;
  storeId: string;
  guid: string;
  code: string;
  description: string;
  categoryGuid: string | null;
  categoryName: string | null;
  defaultSellPrice: number | null;
  /** Prices for sell price tiers 1..10 (index 0 = tier 1); null where the product has none. */
  tierPrices: (number | null)[];
  minimumSellPrice: number | null;
  /** Unleashed's MinimumSaleQuantity and PackSize: the defaults of the product's quantity rule (B4). */
  minimumSaleQuantity: number | null;
  packSize: number | null;
  taxable: boolean;
  /** The product's own sales tax code and rate, when it has one. */
  taxCode: string | null;
  taxRate: number | null;
  images: ProductImage[];
  /** Unleashed's IsSellable flag. */
  sellableInUnleashed: boolean;
  obsolete: boolean;
  /** The store's status (R3): new products arrive hidden. Survives every sync. */
  status: ProductStatus;
  /** Unleashed's LastModifiedOn, ISO. */
  modifiedAt: string;
  syncedAt: string;
}

export interface Category {
  id: string;
  storeId: string;
  guid: string;
  name: string;
  modifiedAt: string;
}

export interface PriceTier {
  id: string;
  storeId: string;
  /** 1..10 */
  number: number;
  name: string;
}

/** A ProductPrices row: a customer-specific price (customerGuid set) and/or a quantity break (minimumQuantity > 1). */
export interface PriceRule {
  id: string;
  storeId: string;
  guid: string;
  productGuid: string;
  customerGuid: string | null;
  minimumQuantity: number;
  price: number;
  /** For a discount row: the percentage off the product's default sell price (price follows that price). */
  discountPercent: number | null;
  /** ISO dates (inclusive), null = open-ended. */
  validFrom: string | null;
  validTo: string | null;
  modifiedAt: string;
}

/** Stock of one product in one of the store's warehouses. */
export interface StockLevel {
  id: string;
  storeId: string;
  productGuid: string;
  warehouseCode: string;
  onHand: number;
  allocated: number;
  available: number;
  modifiedAt: string | null;
  syncedAt: string;
}
