// Catalogue rows ↔ domain records: products, product groups, price tiers, price rules and stock levels. Records
// keep their `${storeId}:…` ids (derived from the keys, never stored). Old records (legacy import) may lack fields
// added later: the row builders default them.
import type { Insertable, Selectable } from 'kysely';
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

export function toProduct(row: Selectable<ProductsTable>): Product {
  const { storeId, guid } = row;
  return { id: `${storeId}:${guid}`, ...row, status: row.status as ProductStatus };
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
    storeId: p.storeId,
    guid: p.guid,
    code: p.code,
    description: p.description ?? '',
    categoryGuid: p.categoryGuid ?? null,
    categoryName: p.categoryName ?? null,
    defaultSellPrice: p.defaultSellPrice ?? null,
    tierPrices: JSON.stringify(p.tierPrices ?? []),
    minimumSellPrice: p.minimumSellPrice ?? null,
    minimumSaleQuantity: p.minimumSaleQuantity ?? null,
    packSize: p.packSize ?? null,
    taxable: p.taxable ?? true,
    taxCode: p.taxCode ?? null,
    taxRate: p.taxRate ?? null,
    images: JSON.stringify(p.images ?? []),
    sellableInUnleashed: p.sellableInUnleashed ?? true,
    obsolete: p.obsolete ?? false,
    status: p.status ?? 'hidden',
    modifiedAt: p.modifiedAt ?? new Date(0).toISOString(),
    syncedAt: p.syncedAt ?? p.modifiedAt ?? new Date(0).toISOString(),
  };
}

export const toCategory = (row: Selectable<ProductGroupsTable>): Category => ({
  id: `${row.storeId}:${row.guid}`,
  ...row,
});

export const categoryRow = (c: Category): Insertable<ProductGroupsTable> => ({
  storeId: c.storeId,
  guid: c.guid,
  name: c.name,
  modifiedAt: c.modifiedAt ?? new Date(0).toISOString(),
});

export const toPriceTier = (row: Selectable<PriceTiersTable>): PriceTier => ({
  id: `${row.storeId}:${row.number}`,
  ...row,
});

export const priceTierRow = (t: PriceTier): Insertable<PriceTiersTable> => ({
  storeId: t.storeId,
  number: t.number,
  name: t.name,
});

export const toPriceRule = (row: Selectable<PriceRulesTable>): PriceRule => ({
  id: `${row.storeId}:${row.guid}`,
  ...row,
});

export const priceRuleRow = (r: PriceRule): Insertable<PriceRulesTable> => ({
  storeId: r.storeId,
  guid: r.guid,
  productGuid: r.productGuid,
  customerGuid: r.customerGuid ?? null,
  minimumQuantity: r.minimumQuantity ?? 1,
  price: r.price,
  discountPercent: r.discountPercent ?? null,
  validFrom: r.validFrom ?? null,
  validTo: r.validTo ?? null,
  modifiedAt: r.modifiedAt ?? new Date(0).toISOString(),
});

export const toStockLevel = (row: Selectable<StockLevelsTable>): StockLevel => ({
  id: `${row.storeId}:${row.productGuid}:${row.warehouseCode}`,
  ...row,
});

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
