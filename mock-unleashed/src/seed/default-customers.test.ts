import { describe, expect, it } from 'vitest';
import { fromWireDate } from '../dates.ts';
import type { OrderStatus } from '../types.ts';
import { reconcileProblems } from './checks.ts';
import { CURRENCY_IDS, DEFAULT_SEED_FACTS as FACTS, generateSeed } from './index.ts';

const seed = generateSeed('default', { seedNumber: 42 });

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
