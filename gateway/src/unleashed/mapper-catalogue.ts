// Unleashed products, product groups, sell price tiers, price rows and stock rows → catalogue records.
// Store-owned fields (a product's status) are not Unleashed's: the caller passes them in.
import type * as Catalogue from '../catalogue/catalogue.types.ts';
import { fromUnleashedDate, fromUnleashedDay, guidOf, modifiedAtOf, storeKeys } from './mapper-common.ts';
import type { UProduct, UProductGroup, UProductPrice, USellPriceTier, UStockOnHand } from './types.ts';

const TIERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** A product as the store keeps it; `status` is the store's own choice (R3). */
export function toProduct(
  u: UProduct,
  storeId: string,
  status: Catalogue.ProductStatus,
  syncedAt: string,
): Catalogue.Product {
  const images = u.Images?.map((image) => ({ url: image.Url, isDefault: image.IsDefault }));
  return {
    ...storeKeys(storeId, u.Guid),
    code: u.ProductCode,
    description: u.ProductDescription,
    categoryGuid: u.ProductGroup ? guidOf(u.ProductGroup.Guid) : null,
    categoryName: u.ProductGroup?.GroupName ?? null,
    defaultSellPrice: u.DefaultSellPrice ?? null,
    tierPrices: TIERS.map((tier) => u[`SellPriceTier${tier}`]?.Value ?? null),
    minimumSellPrice: u.MinimumSellPrice ?? null,
    minimumSaleQuantity: u.MinimumSaleQuantity ?? null,
    packSize: u.PackSize ?? null,
    taxable: u.TaxableSales ?? true,
    taxCode: u.XeroSalesTaxCode ?? null,
    taxRate: u.XeroSalesTaxRate ?? null,
    images: images ?? (u.ImageUrl ? [{ url: u.ImageUrl, isDefault: true }] : []),
    sellableInUnleashed: u.IsSellable ?? true,
    obsolete: u.Obsolete ?? false,
    status,
    modifiedAt: modifiedAtOf(u),
    syncedAt,
  };
}

/** A product group, which the store shows as a category. */
export function toCategory(u: UProductGroup, storeId: string): Catalogue.Category {
  return { ...storeKeys(storeId, u.Guid), name: u.GroupName, modifiedAt: modifiedAtOf(u) };
}

/** One of the account's (at most 10) sell price tiers. */
export function toPriceTier(u: USellPriceTier, storeId: string): Catalogue.PriceTier {
  return { id: `${storeId}:${u.TierNumber}`, storeId, number: u.TierNumber, name: u.Name };
}

/** A ProductPrices row; null for a row without a product (a product-group price, which the store skips). */
export function toPriceRule(u: UProductPrice, storeId: string): Catalogue.PriceRule | null {
  if (!u.Product.Guid) return null;
  return {
    ...storeKeys(storeId, u.Guid),
    productGuid: guidOf(u.Product.Guid),
    customerGuid: u.Customer?.Guid ? guidOf(u.Customer.Guid) : null,
    minimumQuantity: u.MinimumQuantity,
    price: u.CustomerPrice,
    discountPercent: u.PriceType === 'Discount' ? (u.DiscountValue ?? null) : null,
    validFrom: fromUnleashedDay(u.ValidFrom),
    validTo: fromUnleashedDay(u.ValidTo),
    modifiedAt: modifiedAtOf(u),
  };
}

/** What a price row is about, for reports: its product's code, else its Guid. */
export function priceRowLabel(u: UProductPrice): string {
  return u.Product.ProductCode ?? u.Guid;
}

/** A per-warehouse StockOnHand row (asked with warehouseCode) for one of the store's warehouses. */
export function toStockLevel(
  u: UStockOnHand,
  storeId: string,
  warehouseCode: string,
  syncedAt: string,
): Catalogue.StockLevel {
  const productGuid = guidOf(u.ProductGuid);
  return {
    id: `${storeId}:${productGuid}:${warehouseCode}`,
    storeId,
    productGuid,
    warehouseCode,
    onHand: u.QtyOnHand,
    allocated: u.AllocatedQty,
    available: u.AvailableQty,
    modifiedAt: fromUnleashedDate(u.LastModifiedOn),
    syncedAt,
  };
}
