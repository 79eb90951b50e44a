// Keys real Unleashed Customer, SalesOrder, Product and Contact payloads carry in public samples (silvershop-
// unleashed's Customers and Products fixtures, n8n's SalesOrders schema, easify's schema, a public connector's
// contact fields): a client that reads them must find them on the mock too, on seeded records and on records
// created through the API, with the types those samples show; seeded records carry real values, not only nulls.
// StockOnHand already carries every field Unleashed documents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMock, startMock } from './harness.ts';
import { createOrder, line, lookUpSeed, orderBody, type SeedRefs } from './sales-order-fixtures.ts';

const CUSTOMER_KEYS = [
  'SalesPerson',
  'DDINumber',
  'TollFreeNumber',
  'BankName',
  'BankBranch',
  'BankAccount',
  'XeroContactId',
  'XeroSalesAccount',
  'XeroCostOfGoodsAccount',
  'PrintInvoice',
  'PrintPackingSlipInsteadOfInvoice',
];
const ORDER_KEYS = [
  'ReceivedDate',
  'PaymentDueDate',
  'AllocateProduct',
  'SaveAddress',
  'SendAccountingJournalOnly',
  'SalesAccount',
  'SalesOrderGroup',
  'SalesPerson',
  'XeroTaxCode',
  'TotalVolume',
  'TotalWeight',
  'DeliveryContact',
];
const LINE_KEYS = ['XeroTaxCode', 'UnitCost', 'Volume', 'Weight', 'SerialNumbers', 'BatchNumbers'];
const PRODUCT_KEYS = [
  'MinStockAlertLevel',
  'MaxStockAlertLevel',
  'ReOrderPoint',
  'XeroTaxCode',
  'XeroTaxRate',
  'CanAutoAssemble',
  'XeroSalesAccount',
  'XeroCostOfGoodsAccount',
  'BinLocation',
  'Supplier',
  'SourceId',
  'SourceVariantParentId',
];
const CONTACT_KEYS = ['DDINumber', 'FaxNumber', 'TollFreeNumber', 'Website', 'Notes', 'DeliveryAddress'];
const STOCK_KEYS = [
  'AllocatedQty',
  'AvailableQty',
  'AvgCost',
  'DaysSinceLastSale',
  'Guid',
  'LastModifiedOn',
  'OnPurchase',
  'ProductCode',
  'ProductDescription',
  'ProductGroupName',
  'ProductGuid',
  'ProductSourceId',
  'QtyOnHand',
  'TotalCost',
  'Warehouse',
  'WarehouseCode',
  'WarehouseId',
];

type Kind = 'string' | 'number' | 'boolean' | 'object';
/** Each key is null or of its kind, and on a seeded list at least one record has a value for every key but those in `rare`. */
function expectTyped(records: Record<string, unknown>[], kinds: Record<string, Kind>, rare: string[] = []) {
  for (const [key, kind] of Object.entries(kinds)) {
    for (const record of records) {
      expect(record, key).toHaveProperty(key);
      if (record[key] !== null) expect(typeof record[key], key).toBe(kind);
    }
    if (!rare.includes(key) && kind !== 'boolean')
      expect(
        records.some((record) => record[key] !== null),
        `${key} has a value somewhere`,
      ).toBe(true);
  }
}

let mock: RunningMock;
let seed: SeedRefs;
beforeAll(async () => {
  mock = await startMock();
  seed = await lookUpSeed(mock);
});
afterAll(() => mock.close());

describe('keys real payloads carry', () => {
  it('when customers are listed or created, then each carries the keys of the documented sample', async () => {
    const listed = (await mock.call('GET', '/Customers?pageSize=5')).body.Items;
    const created = await mock.call('POST', '/Customers', {
      CustomerCode: 'KEYS1',
      CustomerName: 'Keys Ltd',
    });
    expect(created.status).toBe(201);
    for (const customer of [...listed, created.body]) {
      for (const key of CUSTOMER_KEYS) expect(customer, key).toHaveProperty(key);
      expect(customer.SalesPerson).toEqual(customer.Salesperson);
    }
    expect(created.body).toMatchObject({ BankAccount: null, PrintInvoice: false });
    const seeded = (await mock.call('GET', '/Customers?pageSize=100')).body.Items;
    expectTyped(seeded, {
      SalesPerson: 'object',
      DDINumber: 'string',
      TollFreeNumber: 'string',
      BankName: 'string',
      BankBranch: 'string',
      BankAccount: 'string',
      XeroContactId: 'string',
      XeroSalesAccount: 'string',
      XeroCostOfGoodsAccount: 'string',
      PrintInvoice: 'boolean',
      PrintPackingSlipInsteadOfInvoice: 'boolean',
    });
    expect(seeded.some((c: { PrintInvoice: boolean }) => c.PrintInvoice)).toBe(true);
    for (const customer of seeded.filter((c: { BankAccount: string | null }) => c.BankAccount))
      expect(customer.BankAccount).toMatch(/^\d{2}-\d{4}-\d{7}-\d{2}$/);
  });

  it('when sales orders are listed or created, then orders and their lines carry the keys of public schemas', async () => {
    const listed = (await mock.call('GET', '/SalesOrders?pageSize=5')).body.Items;
    const created = await createOrder(mock, orderBody(seed.wholesale, [line(seed.plenty, 2, 10)]));
    for (const order of [...listed, created]) {
      for (const key of ORDER_KEYS) expect(order, key).toHaveProperty(key);
      for (const orderLine of order.SalesOrderLines)
        for (const key of LINE_KEYS) expect(orderLine, key).toHaveProperty(key);
    }
    const seeded = (await mock.call('GET', '/SalesOrders?pageSize=40')).body.Items;
    expectTyped(seeded, { SalesAccount: 'string', TotalWeight: 'number', DeliveryContact: 'object' });
    const productLines = seeded.flatMap((order: { SalesOrderLines: Record<string, unknown>[] }) =>
      order.SalesOrderLines.filter((l) => l.LineType !== 'Charge'),
    );
    expectTyped(productLines, {
      UnitCost: 'number',
      AverageLandedPriceAtTimeOfSale: 'number',
      XeroSalesAccount: 'string',
      CostOfGoodsAccount: 'string',
      Weight: 'number',
    });
    for (const order of seeded.filter((o: { DeliveryContact: unknown }) => o.DeliveryContact)) {
      const contacts = (await mock.call('GET', `/Customers/${order.Customer.Guid}/Contacts`)).body.Items;
      expect(contacts.find((c: { IsDefault: boolean }) => c.IsDefault).Guid).toBe(order.DeliveryContact.Guid);
      break;
    }
    expect(created).toMatchObject({
      AllocateProduct: true,
      XeroTaxCode: created.Tax.TaxCode,
      ReceivedDate: null,
    });
  });

  it('when products are listed, read one by one or created, then each carries the keys of the documented sample', async () => {
    const listed = (await mock.call('GET', '/Products?pageSize=5')).body.Items;
    const one = (await mock.call('GET', `/Products/${seed.plenty}`)).body;
    const guid = crypto.randomUUID();
    const created = await mock.call('POST', `/Products/${guid}`, {
      ProductCode: 'KEYS-P1',
      ProductDescription: 'Keys product',
    });
    expect(created.status).toBe(201);
    for (const product of [...listed, one, created.body]) {
      for (const key of PRODUCT_KEYS) expect(product, key).toHaveProperty(key);
      expect(product.CanAutoAssemble).toBe(false);
    }
    expect(created.body).toMatchObject({ BinLocation: null, Supplier: null, MinStockAlertLevel: null });
    const seeded = (await mock.call('GET', '/Products?pageSize=100')).body.Items;
    expectTyped(
      seeded,
      {
        MinStockAlertLevel: 'number',
        MaxStockAlertLevel: 'number',
        ReOrderPoint: 'number',
        XeroTaxCode: 'string',
        XeroTaxRate: 'number',
        CanAutoAssemble: 'boolean',
        XeroSalesAccount: 'string',
        XeroCostOfGoodsAccount: 'string',
        BinLocation: 'string',
        Supplier: 'object',
        SourceId: 'string',
        SourceVariantParentId: 'string',
      },
      ['SourceId', 'SourceVariantParentId'],
    );
    for (const product of seeded.filter(
      (p: { MinStockAlertLevel: number | null }) => p.MinStockAlertLevel !== null,
    ))
      expect(product.ReOrderPoint).toBeGreaterThanOrEqual(product.MinStockAlertLevel);
    const supplied = seeded.find((p: { Supplier: unknown }) => p.Supplier);
    expect(supplied.Supplier).toMatchObject({ Guid: expect.any(String), SupplierName: expect.any(String) });
  });

  it('when contacts are listed or added, then each carries the keys public connectors read', async () => {
    const listed = (await mock.call('GET', `/Customers/${seed.wholesale}/Contacts`)).body.Items;
    const added = await mock.call('POST', `/Customers/${seed.cafe}/Contacts`, {
      FirstName: 'Keyes',
      LastName: 'Contact',
    });
    expect(added.status).toBe(201);
    expect(listed.length).toBeGreaterThan(0);
    for (const contact of [...listed, added.body])
      for (const key of CONTACT_KEYS) expect(contact, key).toHaveProperty(key);
    const customers = (await mock.call('GET', '/Customers?pageSize=60&includeAllContacts=true')).body.Items;
    expectTyped(
      customers.flatMap((c: { Contacts?: Record<string, unknown>[] }) => c.Contacts ?? []),
      {
        DDINumber: 'string',
        FaxNumber: 'string',
        TollFreeNumber: 'string',
        Website: 'string',
        Notes: 'string',
        DeliveryAddress: 'string',
      },
      ['FaxNumber', 'TollFreeNumber', 'Website'],
    );
  });

  it('when stock is read, then every field Unleashed documents for StockOnHand is there', async () => {
    const [row] = (await mock.call('GET', `/StockOnHand/${seed.plenty}/AllWarehouses`)).body.Items;
    expect(Object.keys(row).sort()).toEqual(expect.arrayContaining(STOCK_KEYS));
  });
});
