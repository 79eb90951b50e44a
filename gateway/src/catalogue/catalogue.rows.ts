// Catalogue rows ↔ domain records: products, product groups, price tiers, price rules and stock levels. Records
// keep their `${storeId}:…` ids (derived from the keys, never stored). Old records (legacy import) may lack fields
// added later: the row builders default them.
import type { Insertable, Selectable } from 'kysely';
import { fieldsOrNull, sameFields, storeRecordId } from '../db/row-fields.ts';
import type {
  PriceRulesTable,
  PriceTiersTable,
  ProductGroupsTable,
  ProductsTable,
  StockLevelsTable,
} from '../db/schema.ts';
import type {
  Category,
  PriceRule,
  PriceTier,
  Product,
  ProductStatus,
  StockLevel,
} from './catalogue.types.ts';

/** A row with the id its record carries: the store and the row's key, joined by ':'. */
const withId = <R extends { storeId: string }>(row: R, ...key: (string | number)[]) => ({
  id: storeRecordId(row.storeId, ...key),
  ...row,
});

export function toProduct(row: Selectable<ProductsTable>): Product {
  return { ...withId(row, row.guid), status: row.status as ProductStatus };
}

/** What a sync may change in a stored product: everything but its key and the store's status. */
export const PRODUCT_SYNCED_COLUMNS = [
  'code',
  'description',
  'categoryGuid',
  'categoryName',
  'defaultSellPrice',
  'tierPrices',
  'minimumSellPrice',
  'minimumSaleQuantity',
  'packSize',
  'taxable',
  'taxCode',
  'taxRate',
  'images',
  'sellableInUnleashed',
  'obsolete',
  'modifiedAt',
  'syncedAt',
] as const;

export function productRow(p: Product): Insertable<ProductsTable> {
  return {
    ...sameFields(p, ['storeId', 'guid', 'code']),
    ...fieldsOrNull(p, [
      'categoryGuid',
      'categoryName',
      'defaultSellPrice',
      'minimumSellPrice',
      'minimumSaleQuantity',
      'packSize',
      'taxCode',
      'taxRate',
    ]),
    description: p.description ?? '',
    tierPrices: JSON.stringify(p.tierPrices ?? []),
    taxable: p.taxable ?? true,
    images: JSON.stringify(p.images ?? []),
    sellableInUnleashed: p.sellableInUnleashed ?? true,
    obsolete: p.obsolete ?? false,
    status: p.status ?? 'hidden',
    modifiedAt: p.modifiedAt ?? new Date(0).toISOString(),
    syncedAt: p.syncedAt ?? p.modifiedAt ?? new Date(0).toISOString(),
  };
}

export const toCategory = (row: Selectable<ProductGroupsTable>): Category => withId(row, row.guid);

export const categoryRow = (c: Category): Insertable<ProductGroupsTable> => ({
  storeId: c.storeId,
  guid: c.guid,
  name: c.name,
  modifiedAt: c.modifiedAt ?? new Date(0).toISOString(),
});

export const toPriceTier = (row: Selectable<PriceTiersTable>): PriceTier => withId(row, row.number);

export const priceTierRow = (t: PriceTier): Insertable<PriceTiersTable> => ({
  storeId: t.storeId,
  number: t.number,
  name: t.name,
});

export const toPriceRule = (row: Selectable<PriceRulesTable>): PriceRule => withId(row, row.guid);

export const priceRuleRow = (r: PriceRule): Insertable<PriceRulesTable> => ({
  ...sameFields(r, ['storeId', 'guid', 'productGuid', 'price']),
  ...fieldsOrNull(r, ['customerGuid', 'discountPercent', 'validFrom', 'validTo']),
  minimumQuantity: r.minimumQuantity ?? 1,
  modifiedAt: r.modifiedAt ?? new Date(0).toISOString(),
});

export const toStockLevel = (row: Selectable<StockLevelsTable>): StockLevel =>
  withId(row, row.productGuid, row.warehouseCode);

export const stockLevelRow = (s: StockLevel): Insertable<StockLevelsTable> => ({
  storeId: s.storeId,
  productGuid: s.productGuid,
  warehouseCode: s.warehouseCode,
  onHand: s.onHand ?? 0,
  allocated: s.allocated ?? 0,
  available: s.available ?? 0,
  modifiedAt: s.modifiedAt ?? null,
  syncedAt: s.syncedAt ?? new Date(0).toISOString(),
});
