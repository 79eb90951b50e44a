import { describe, expect, it } from 'vitest';
import type { UnleashedClient } from './client.ts';
import {
  contactsOfCustomer,
  fromUnleashedDate,
  fromUnleashedDay,
  normaliseEmail,
  toCategory,
  toContact,
  toCustomer,
  toModifiedSince,
  toPriceRule,
  toPriceTier,
  toProduct,
  toStockLevel,
} from './mapper.ts';
import type { UContact, UCustomer, UProduct, UProductPrice, UStockOnHand } from './types.ts';

const NOW = '2026-11-01T09:00:00.000Z';
const ms = (iso: string) => `/Date(${Date.parse(iso)})/`;

describe('dates', () => {
  it('reads /Date(ms)/ as ISO and business dates as days', () => {
    expect(fromUnleashedDate('/Date(1528329600000)/')).toBe('2018-06-07T00:00:00.000Z');
    expect(fromUnleashedDate(null)).toBeNull();
    expect(fromUnleashedDate('yesterday')).toBeNull();
    expect(fromUnleashedDay(ms('2026-03-04T00:00:00Z'))).toBe('2026-03-04');
  });

  it('writes a cursor as the modifiedSince filter, UTC, to the second', () => {
    expect(toModifiedSince('2024-04-17T23:11:05.987Z')).toBe('2024-04-17T23:11:05');
    expect(toModifiedSince('2024-04-18T01:11:05+02:00')).toBe('2024-04-17T23:11:05');
  });
});

describe('catalogue', () => {
  const product = {
    Guid: 'AAAAAAAA-0000-4000-8000-000000000001',
    ProductCode: 'W-1',
    ProductDescription: 'Widget',
    DefaultSellPrice: 20,
    SellPriceTier1: { Name: 'Trade', Value: 18 },
    SellPriceTier2: { Name: 'Wholesale', Value: null },
    ProductGroup: {
      Guid: 'BBBBBBBB-0000-4000-8000-000000000002',
      GroupName: 'Tools',
      LastModifiedOn: ms(NOW),
    },
    Images: [{ Url: 'https://img/1.svg', IsDefault: true }],
    Obsolete: true,
    IsSellable: false,
    TaxableSales: true,
    XeroSalesTaxCode: 'G.S.T.',
    XeroSalesTaxRate: 0.15,
    LastModifiedOn: ms('2026-10-01T10:00:00Z'),
  } as UProduct;

  it('maps a product, keeping the status the store gives it', () => {
    const mapped = toProduct(product, 's1', 'sellable', NOW);
    expect(mapped).toMatchObject({
      id: 's1:aaaaaaaa-0000-4000-8000-000000000001',
      guid: 'aaaaaaaa-0000-4000-8000-000000000001',
      code: 'W-1',
      categoryGuid: 'bbbbbbbb-0000-4000-8000-000000000002',
      categoryName: 'Tools',
      defaultSellPrice: 20,
      taxCode: 'G.S.T.',
      taxRate: 0.15,
      images: [{ url: 'https://img/1.svg', isDefault: true }],
      sellableInUnleashed: false,
      obsolete: true,
      status: 'sellable',
      modifiedAt: '2026-10-01T10:00:00.000Z',
      syncedAt: NOW,
    });
    expect(mapped.tierPrices).toEqual([18, null, null, null, null, null, null, null, null, null]);
  });

  it('falls back to ImageUrl when a product lists no images', () => {
    const { Images: _images, ...bare } = product;
    expect(toProduct({ ...bare, ImageUrl: 'https://img/2.svg' }, 's1', 'hidden', NOW).images).toEqual([
      { url: 'https://img/2.svg', isDefault: true },
    ]);
  });

  it('maps groups, tiers and stock rows', () => {
    expect(toCategory({ Guid: 'C1', GroupName: 'Tools', LastModifiedOn: ms(NOW) }, 's1')).toEqual({
      id: 's1:c1',
      storeId: 's1',
      guid: 'c1',
      name: 'Tools',
      modifiedAt: NOW,
    });
    expect(
      toPriceTier({ Guid: 'T', TierNumber: 3, Name: 'Distributor', LastModifiedOn: ms(NOW) }, 's1'),
    ).toEqual({
      id: 's1:3',
      storeId: 's1',
      number: 3,
      name: 'Distributor',
    });
    const row = {
      ProductGuid: 'P1',
      QtyOnHand: 10,
      AllocatedQty: 3,
      AvailableQty: 7,
      LastModifiedOn: ms(NOW),
    };
    expect(toStockLevel(row as UStockOnHand, 's1', 'NORTH', NOW)).toEqual({
      id: 's1:p1:NORTH',
      storeId: 's1',
      productGuid: 'p1',
      warehouseCode: 'NORTH',
      onHand: 10,
      allocated: 3,
      available: 7,
      modifiedAt: NOW,
      syncedAt: NOW,
    });
  });

  it('maps price rows: customer prices, discounts and validity days; skips group prices', () => {
    const row = {
      Guid: 'R1',
      Product: { Guid: 'P1', ProductCode: 'W-1' },
      Customer: { Guid: 'C1' },
      PriceType: 'Discount',
      DiscountValue: 10,
      MinimumQuantity: 5,
      DefaultSellPrice: 20,
      CustomerPrice: 18,
      ValidFrom: ms('2026-01-01T00:00:00Z'),
      ValidTo: null,
      LastModifiedOn: ms(NOW),
    } as UProductPrice;
    expect(toPriceRule(row, 's1')).toEqual({
      id: 's1:r1',
      storeId: 's1',
      guid: 'r1',
      productGuid: 'p1',
      customerGuid: 'c1',
      minimumQuantity: 5,
      price: 18,
      discountPercent: 10,
      validFrom: '2026-01-01',
      validTo: null,
      modifiedAt: NOW,
    });
    expect(toPriceRule({ ...row, PriceType: 'Fixed' }, 's1')?.discountPercent).toBeNull();
    expect(toPriceRule({ ...row, Product: {} }, 's1')).toBeNull();
  });
});

describe('customers and contacts', () => {
  const customer = {
    Guid: 'C1',
    CustomerCode: 'DEMO001',
    CustomerName: 'Demo',
    Obsolete: false,
    SellPriceTier: '',
    DiscountRate: 0.05,
    Currency: { CurrencyCode: 'NZD' },
    Addresses: [{ AddressType: 'Shipping', StreetAddress: '1 Main St', City: 'Auckland', IsDefault: true }],
    LastModifiedOn: ms(NOW),
  } as UCustomer;

  it('maps a customer with its addresses and the store place given', () => {
    const mapped = toCustomer(customer, 's1', { inStore: true, addedAt: NOW }, NOW);
    expect(mapped).toMatchObject({
      id: 's1:c1',
      code: 'DEMO001',
      currency: 'NZD',
      discountRate: 0.05,
      sellPriceTier: null,
      inStore: true,
      addedAt: NOW,
    });
    expect(mapped.addresses[0]).toEqual({
      type: 'Shipping',
      name: null,
      street: '1 Main St',
      street2: null,
      suburb: null,
      city: 'Auckland',
      region: null,
      country: null,
      postalCode: null,
      isDefault: true,
    });
  });

  it('keeps emails lower-cased, and none when missing or not an email', () => {
    expect(normaliseEmail('  Dana@Example.COM ')).toBe('dana@example.com');
    expect(normaliseEmail('')).toBeNull();
    expect(normaliseEmail('not an email')).toBeNull();
    const contact = {
      Guid: 'K1',
      FirstName: 'Dana',
      LastName: null,
      EmailAddress: 'D@x.example',
      IsDefault: true,
      ForOrdering: false,
      LastModifiedOn: ms(NOW),
    } as UContact;
    expect(toContact(contact, 's1', 'c1', 'synced', NOW)).toMatchObject({
      id: 's1:k1',
      customerGuid: 'c1',
      email: 'd@x.example',
      isDefault: true,
      forOrdering: false,
      syncState: 'synced',
    });
  });

  it('reads the contact list separately only when the one sent may be cut at 100', async () => {
    const calls: string[] = [];
    const client = {
      get: async (path: string) => {
        calls.push(path);
        return { Items: [] };
      },
    } as unknown as UnleashedClient;
    const few = Array.from({ length: 3 }, (_, i) => ({ Guid: `K${i}` }) as UContact);
    expect(await contactsOfCustomer(client, { ...customer, Contacts: few })).toBe(few);
    const many = Array.from({ length: 100 }, (_, i) => ({ Guid: `K${i}` }) as UContact);
    await contactsOfCustomer(client, { ...customer, Contacts: many });
    await contactsOfCustomer(client, customer);
    expect(calls).toEqual(['/Customers/C1/Contacts', '/Customers/C1/Contacts']);
  });
});
