// One product record with every field the mock serves, from a handful of chosen values (seeded, or created
// through the API).
import { productPayloadKeys } from '../payload-keys.ts';
import type { Product, ProductGroup, SellPriceTierDefinition } from '../types.ts';
import { productImageFields } from './images.ts';
import { wire } from './time.ts';

export interface UnitOfMeasure {
  Guid: string;
  Name: string;
}

export interface ProductSpec {
  guid: string;
  code: string;
  description: string;
  group: ProductGroup | null;
  unit: UnitOfMeasure;
  sellPrice: number | null;
  purchasePrice: number | null;
  /** Ten entries, one per tier (null = no price in that tier). */
  tierValues: readonly (number | null)[];
  minimumSellPrice: number | null;
  barcode: string | null;
  packSize: number | null;
  weight: number | null;
  obsolete: boolean;
  sellable: boolean;
  salesTaxCode: string | null;
  images: number;
  createdBy: string;
  createdOn: number;
  modifiedOn: number;
}

/** A full Product; embedded objects are copies, so editing one record never changes another. */
export function productRecord(
  spec: ProductSpec,
  tiers: readonly Pick<SellPriceTierDefinition, 'Name'>[],
): Product {
  const tier = (i: number) => ({
    Name: tiers[i]?.Name ?? `Sell Price Tier ${i + 1}`,
    Value: spec.tierValues[i] ?? null,
  });
  return {
    Guid: spec.guid,
    ProductCode: spec.code,
    ProductDescription: spec.description,
    Barcode: spec.barcode,
    PackSize: spec.packSize,
    Notes: null,
    Width: null,
    Height: null,
    Depth: null,
    Weight: spec.weight,
    UnitOfMeasure: { ...spec.unit },
    NeverDiminishing: false,
    LastCost: spec.purchasePrice,
    DefaultPurchasePrice: spec.purchasePrice,
    DefaultSellPrice: spec.sellPrice,
    CustomerSellPrice: null,
    AverageLandPrice: spec.purchasePrice,
    MinimumSellPrice: spec.minimumSellPrice,
    MinimumSaleQuantity: null,
    MinimumOrderQuantity: null,
    SellPriceTier1: tier(0),
    SellPriceTier2: tier(1),
    SellPriceTier3: tier(2),
    SellPriceTier4: tier(3),
    SellPriceTier5: tier(4),
    SellPriceTier6: tier(5),
    SellPriceTier7: tier(6),
    SellPriceTier8: tier(7),
    SellPriceTier9: tier(8),
    SellPriceTier10: tier(9),
    DefaultSupplierId: null,
    Obsolete: spec.obsolete,
    IsSellable: spec.sellable,
    IsPurchasable: true,
    IsComponent: false,
    IsAssembledProduct: false,
    IsSerialized: false,
    IsBatchTracked: false,
    TaxableSales: true,
    TaxablePurchase: true,
    XeroSalesTaxCode: spec.salesTaxCode,
    XeroSalesTaxRate: spec.salesTaxCode === 'NONE' ? 0 : null,
    ProductGroup: spec.group ? { ...spec.group } : null,
    ...productImageFields(spec.code, spec.images),
    AttributeSet: null,
    ...productPayloadKeys({}),
    CreatedBy: spec.createdBy,
    CreatedOn: wire(spec.createdOn),
    LastModifiedBy: spec.createdBy,
    LastModifiedOn: wire(spec.modifiedOn),
  };
}

/** A valid EAN-13 with the New Zealand prefix 94, unique for each `n` below 10^10. */
export function barcode(n: number): string {
  const body = `94${String(n).padStart(10, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** The tier values of a product in tier order (null where unset). */
export function tierValues(product: Product): (number | null)[] {
  const tiers = [
    product.SellPriceTier1,
    product.SellPriceTier2,
    product.SellPriceTier3,
    product.SellPriceTier4,
    product.SellPriceTier5,
    product.SellPriceTier6,
    product.SellPriceTier7,
    product.SellPriceTier8,
    product.SellPriceTier9,
    product.SellPriceTier10,
  ];
  return tiers.map((tier) => tier?.Value ?? null);
}
