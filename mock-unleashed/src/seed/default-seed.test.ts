import { describe, expect, it } from 'vitest';
import { fromWireDate } from '../dates.ts';
import type { OrderStatus } from '../types.ts';
import { allocationProblems, availableByProduct, reconcileProblems } from './checks.ts';
import { CURRENCY_IDS, DEFAULT_SEED_FACTS as FACTS, generateSeed } from './index.ts';
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

describe('default seed: customers and contacts', () => {
  const active = seed.customers.filter((c) => !c.Obsolete);
  const contactsOf = (guid: string) => seed.contacts[guid] ?? [];

  it('then it holds more active customers than the base plan allows, in every tier and currency', () => {
    expect(active.length).toBeGreaterThan(100);
    expect(seed.customers.filter((c) => c.Obsolete).length).toBeGreaterThanOrEqual(2);
    expect(new Set(seed.customers.map((c) => c.CustomerCode)).size).toBe(seed.customers.length);
    for (const tier of FACTS.tiers) expect(active.some((c) => c.SellPriceTier === tier)).toBe(true);
    expect(active.some((c) => c.SellPriceTier === '')).toBe(true);
    expect(new Set(seed.customers.map((c) => c.CustomerType)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(seed.customers.map((c) => c.DiscountRate))).toEqual(new Set([0, 0.05, 0.1]));
    for (const c of seed.customers) {
      expect(c.Currency).toEqual(seed.currencies.find((x) => x.CurrencyCode === c.Currency?.CurrencyCode));
      expect(c.CurrencyId).toBe(CURRENCY_IDS[c.Currency!.CurrencyCode]);
    }
    expect(new Set(seed.customers.map((c) => c.Currency?.CurrencyCode))).toEqual(
      new Set(['NZD', 'AUD', 'USD']),
    );
    expect(seed.customers.filter((c) => c.Currency?.CurrencyCode === 'NZD').length).toBeGreaterThan(
      seed.customers.length * 0.8,
    );
  });

  it('then every customer with contacts has exactly one default, whose fields are flattened onto it', () => {
    expect(seed.customers.filter((c) => contactsOf(c.Guid).length === 0).length).toBeGreaterThan(3);
    for (const c of seed.customers) {
      const list = contactsOf(c.Guid);
      expect(list.length).toBeLessThanOrEqual(4);
      const primary = list.find((x) => x.IsDefault);
      if (list.length > 0) expect(list.filter((x) => x.IsDefault).length).toBe(1);
      expect(c.ContactFirstName).toBe(primary?.FirstName ?? null);
      expect(c.ContactLastName).toBe(primary?.LastName ?? null);
      expect(c.Email).toBe(primary?.EmailAddress ?? null);
      expect(c.PhoneNumber).toBe(primary ? (primary.OfficePhone ?? primary.PhoneNumber ?? null) : null);
      expect(c.MobileNumber).toBe(primary?.MobilePhone ?? null);
      expect(new Set(list.map((x) => `${x.FirstName} ${x.LastName}`)).size).toBe(list.length);
      for (const x of list)
        expect(fromWireDate(x.LastModifiedOn)!).toBeLessThanOrEqual(fromWireDate(c.LastModifiedOn)!);
    }
  });

  it('then emails are lowercase and unique, except at least 5 shared between contacts of different customers', () => {
    const owners = new Map<string, string[]>();
    const all = seed.customers.flatMap((c) =>
      contactsOf(c.Guid).map((x) => ({ customer: c.Guid, contact: x })),
    );
    for (const { customer, contact } of all) {
      if (contact.EmailAddress)
        owners.set(contact.EmailAddress, [...(owners.get(contact.EmailAddress) ?? []), customer]);
    }
    expect(
      [...owners.keys()].every((e) => e === e.toLowerCase() && /^[a-z0-9.+-]+@[a-z0-9.-]+\.[a-z]+$/.test(e)),
    ).toBe(true);
    const shared = [...owners.values()].filter((list) => list.length > 1);
    expect(shared.length).toBeGreaterThanOrEqual(5);
    expect(shared.every((list) => new Set(list).size === list.length)).toBe(true);
    expect(all.filter(({ contact }) => contact.EmailAddress === null).length).toBeGreaterThan(5);
    expect(new Set(all.map(({ contact }) => contact.ForOrdering))).toEqual(new Set([true, false]));
    expect(new Set(all.map(({ contact }) => contact.ForInvoicing))).toEqual(new Set([true, false]));
  });
});

describe('default seed: sales orders', () => {
  const products = new Map(seed.products.map((p) => [p.Guid, p]));
  const customers = new Map(seed.customers.map((c) => [c.Guid, c]));

  it('then there are at least 3 orders in each status, numbered from SO-00000001, with nextOrderNumber after them', () => {
    const statuses: OrderStatus[] = ['Parked', 'Placed', 'Backordered', 'Completed', 'Deleted'];
    for (const s of statuses)
      expect(seed.salesOrders.filter((o) => o.OrderStatus === s).length).toBeGreaterThanOrEqual(3);
    expect(seed.salesOrders.map((o) => o.OrderNumber)).toEqual(
      seed.salesOrders.map((_, i) => `SO-${String(i + 1).padStart(8, '0')}`),
    );
    expect(seed.nextOrderNumber).toBe(seed.salesOrders.length + 1);
  });

  it('then every order reconciles to the cent as money.ts computes it, base-currency figures included', () => {
    expect(reconcileProblems(seed)).toEqual([]);
    const foreign = seed.salesOrders.filter((o) => o.Currency?.CurrencyCode !== 'NZD');
    expect(foreign.length).toBeGreaterThanOrEqual(2);
    expect(foreign.every((o) => o.ExchangeRate !== 1 && o.BCTotal !== o.Total)).toBe(true);
  });

  it('then orders reference real active customers, non-obsolete products and the account lookups', () => {
    for (const o of seed.salesOrders) {
      const c = customers.get(o.Customer.Guid!)!;
      expect(c.Obsolete).toBe(false);
      expect(o.Customer).toEqual({
        Guid: c.Guid,
        CustomerCode: c.CustomerCode,
        CustomerName: c.CustomerName,
        CurrencyId: c.CurrencyId,
        LastModifiedOn: c.LastModifiedOn,
      });
      expect(o.Currency).toEqual(c.Currency);
      expect(seed.warehouses).toContainEqual(o.Warehouse);
      expect(seed.taxes).toContainEqual(o.Tax);
      expect(o.TaxRate).toBe(o.Tax.TaxRate);
      expect(o.CompletedDate !== null).toBe(o.OrderStatus === 'Completed');
      expect(fromWireDate(o.CreatedOn)!).toBeLessThanOrEqual(fromWireDate(o.LastModifiedOn)!);
      const productLines = o.SalesOrderLines.filter((l) => l.LineType === null);
      expect(productLines.map((l) => l.LineNumber)).toEqual(productLines.map((_, i) => i + 1));
      for (const l of productLines) {
        const p = products.get(l.Product.Guid!)!;
        expect(p.Obsolete).toBe(false);
        expect(l.Product).toEqual({
          Guid: p.Guid,
          ProductCode: p.ProductCode,
          ProductDescription: p.ProductDescription,
        });
        expect(Number.isInteger(l.OrderQuantity) && l.OrderQuantity > 0).toBe(true);
      }
    }
  });

  it('then some Completed orders carry a Freight charge line counted in SubTotal', () => {
    const charges = seed.salesOrders.flatMap((o) =>
      o.SalesOrderLines.filter((l) => l.LineType === 'Charge').map((l) => ({ o, l })),
    );
    expect(charges.length).toBeGreaterThan(0);
    for (const { o, l } of charges) {
      expect(o.OrderStatus).toBe('Completed');
      expect(l).toMatchObject({ LineNumber: 0, OrderQuantity: 1, LastModifiedOn: null });
      expect(l.Product).toEqual({
        Guid: '00000000-0000-0000-0000-000000000000',
        ProductCode: null,
        ProductDescription: 'Freight',
      });
    }
    expect(
      seed.salesOrders.filter((o) => o.DeliveryInstruction?.startsWith('Placed by ')).length,
    ).toBeGreaterThan(5);
  });
});
