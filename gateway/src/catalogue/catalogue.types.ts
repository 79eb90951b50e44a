// Catalogue records: products, categories, price tiers, price rules and stock as synced from Unleashed, with
// the store's own choices (status) layered on top (R3). Ids are `${storeId}:${…}` so stores never collide.
import type { Selectable } from 'kysely';
import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { Database } from '../db/schema.ts';

export type ProductStatus = components['schemas']['ProductStatus'];

export interface ProductImage {
  url: string;
  isDefault: boolean;
}

/** The rows below hold these records' fields, written once in the schema; a record adds its derived id. */
interface WithId {
  id: string;
}

type Row<Table extends keyof Database> = Selectable<Database[Table]>;

export interface Product extends WithId, Omit<Row<'products'>, 'status'> {
  /** The store's status (R3): new products arrive hidden. Survives every sync. */
  status: ProductStatus;
}

export interface Category extends WithId, Row<'productGroups'> {}

export interface PriceTier extends WithId, Row<'priceTiers'> {}

/** A ProductPrices row: a customer-specific price (customerGuid set) and/or a quantity break (minimumQuantity > 1). */
export interface PriceRule extends WithId, Row<'priceRules'> {}

/** Stock of one product in one of the store's warehouses. */
export interface StockLevel extends WithId, Row<'stockLevels'> {}
