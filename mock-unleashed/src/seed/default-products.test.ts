import { describe, expect, it } from 'vitest';
import { fromWireDate } from '../dates.ts';
import { allocationProblems, availableByProduct } from './checks.ts';
import { DEFAULT_SEED_FACTS as FACTS, generateSeed } from './index.ts';
import { tierValues } from './product-record.ts';

const seed = generateSeed('default', { seedNumber: 42 });

describe('default seed: products, prices and stock', () => {
  const active = seed.products.filter((p) => !p.Obsolete);
  const available = availableByProduct(seed);

  it('then it holds more sellable products than the base plan allows, with unique codes and barcodes', () => {
    expect(seed.products.length).toBeGreaterThanOrEqual(280);
    expect(active.filter((p) => p.IsSellable).length).toBeGreaterThanOrEqual(200);
    expect(new Set(seed.products.map((p) => p.ProductCode)).size).toBe(seed.products.length);
    const barcodes = seed.products.flatMap((p) => (p.Barcode ? [p.Barcode] : []));
    expect(new Set(barcodes).size).toBe(barcodes.length);
    expect(barcodes.length).toBeGreaterThan(seed.products.length * 0.8);
    expect(seed.products.filter((p) => p.Obsolete).length).toBeGreaterThanOrEqual(3);
    expect(new Set(seed.products.map((p) => p.ProductGroup?.GroupName)).size).toBe(12);
  });

  it('then every one of the 10 tiers is priced on some active product, under the account tier names', () => {
    const names = seed.sellPriceTiers.map((t) => t.Name);
    expect(names).toEqual(FACTS.tiers);
    for (let t = 0; t < 10; t++)
      expect(active.filter((p) => tierValues(p)[t] !== null).length).toBeGreaterThan(3);
    expect(
      seed.products.every((p) => p.SellPriceTier1?.Name === names[0] && p.SellPriceTier10?.Name === names[9]),
    ).toBe(true);
  });

  it('then images are relative URLs named after the product code, and about 10% of products have none', () => {
    const without = seed.products.filter((p) => p.ImageUrl === null);
    expect(without.every((p) => p.Images?.length === 0)).toBe(true);
    expect(without.length).toBeGreaterThan(10);
    expect(without.length).toBeLessThan(seed.products.length * 0.2);
    for (const p of seed.products.filter((x) => x.ImageUrl !== null)) {
      expect(p.ImageUrl).toBe(`/__assets/images/${p.ProductCode}.svg`);
      expect(p.Images?.[0]).toEqual({ Url: p.ImageUrl, IsDefault: true });
      if (p.Images?.[1])
        expect(p.Images[1]).toEqual({ Url: `/__assets/images/${p.ProductCode}-2.svg`, IsDefault: false });
    }
    expect(seed.products.filter((p) => p.Images?.length === 2).length).toBeGreaterThan(20);
  });

  it('then price rows reference real records and Discount rows hold the discounted price', () => {
    const products = new Map(seed.products.map((p) => [p.Guid, p]));
    const customers = new Map(seed.customers.map((c) => [c.Guid, c]));
    for (const row of seed.productPrices) {
      const product = products.get(row.Product.Guid!)!;
      expect(row.Product).toEqual({
        Guid: product.Guid,
        ProductCode: product.ProductCode,
        ProductDescription: product.ProductDescription,
      });
      expect(row.DefaultSellPrice).toBe(product.DefaultSellPrice);
      if (row.Customer) {
        const c = customers.get(row.Customer.Guid!)!;
        expect(row.Customer).toEqual({
          Guid: c.Guid,
          CustomerCode: c.CustomerCode,
          CustomerName: c.CustomerName,
          LastModifiedOn: c.LastModifiedOn,
        });
      }
      if (row.PriceType === 'Discount')
        expect(row.CustomerPrice).toBe(
          Math.round(product.DefaultSellPrice! * (100 - row.DiscountValue!)) / 100,
        );
      expect(row.CustomerPrice).toBeLessThan(product.DefaultSellPrice!);
    }
    const specific = seed.productPrices.filter((r) => r.Customer && r.MinimumQuantity === 1);
    expect(new Set(specific.map((r) => r.Customer!.Guid)).size).toBeGreaterThanOrEqual(25);
    expect(specific.some((r) => r.ValidTo !== null && fromWireDate(r.ValidTo)! < Date.UTC(2026, 0, 1))).toBe(
      true,
    );
    expect(specific.some((r) => r.ValidFrom === `/Date(${Date.UTC(2099, 0, 1)})/`)).toBe(true);
    expect(
      specific.filter((r) => r.ValidTo === null && fromWireDate(r.ValidFrom)! < Date.UTC(2026, 0, 1)).length,
    ).toBeGreaterThan(specific.length / 2);
    expect(new Set(specific.map((r) => r.PriceType))).toEqual(new Set(['Fixed', 'Discount']));
    const breaks = seed.productPrices.filter((r) => !r.Customer && r.MinimumQuantity > 1);
    expect(new Set(breaks.map((r) => r.Product.Guid)).size).toBeGreaterThanOrEqual(35);
    expect(new Set(breaks.map((r) => r.MinimumQuantity))).toEqual(new Set([10, 50, 100]));
    expect(seed.productPrices.some((r) => r.Customer && r.MinimumQuantity > 1)).toBe(true);
  });

  it('then stock covers out of stock, low and plenty, some products in one warehouse only', () => {
    const levels = { out: 0, low: 0, plenty: 0 };
    for (const p of seed.products) {
      const rows = seed.stock.filter((r) => r.ProductGuid === p.Guid);
      const total = available.get(p.Guid) ?? 0;
      if (rows.every((r) => r.QtyOnHand === 0)) levels.out++;
      else if (total >= 1 && total <= 10) levels.low++;
      else if (total > 10) levels.plenty++;
    }
    expect(levels.out).toBeGreaterThan(seed.products.length * 0.04);
    expect(levels.low).toBeGreaterThan(seed.products.length * 0.08);
    expect(levels.plenty).toBeGreaterThan(seed.products.length * 0.5);
    const perProduct = new Map<string, number>();
    for (const r of seed.stock)
      if (r.QtyOnHand > 0) perProduct.set(r.ProductGuid, (perProduct.get(r.ProductGuid) ?? 0) + 1);
    expect([...perProduct.values()].filter((n) => n === 1).length).toBeGreaterThan(20);
    expect([...perProduct.values()].filter((n) => n === 2).length).toBeGreaterThan(20);
    const purchase = new Map(seed.products.map((p) => [p.Guid, p.DefaultPurchasePrice!]));
    expect(
      seed.stock.every(
        (r) => Math.abs(r.AvgCost - purchase.get(r.ProductGuid)!) <= purchase.get(r.ProductGuid)! * 0.06,
      ),
    ).toBe(true);
  });

  it('then AllocatedQty is exactly what Placed and Backordered orders hold, per product and warehouse', () => {
    expect(allocationProblems(seed)).toEqual([]);
    expect(seed.stock.some((r) => r.AllocatedQty > 0)).toBe(true);
  });
});
