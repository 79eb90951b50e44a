// Keys real Unleashed Customer and SalesOrder payloads carry in public samples (silvershop-unleashed's Customers
// fixture, n8n's SalesOrders schema, easify's schema): a client that reads them must find them on the mock too,
// on seeded records and on records created through the API.
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
  });

  it('when sales orders are listed or created, then orders and their lines carry the keys of public schemas', async () => {
    const listed = (await mock.call('GET', '/SalesOrders?pageSize=5')).body.Items;
    const created = await createOrder(mock, orderBody(seed.wholesale, [line(seed.plenty, 2, 10)]));
    for (const order of [...listed, created]) {
      for (const key of ORDER_KEYS) expect(order, key).toHaveProperty(key);
      for (const orderLine of order.SalesOrderLines)
        for (const key of LINE_KEYS) expect(orderLine, key).toHaveProperty(key);
    }
    expect(created).toMatchObject({
      AllocateProduct: true,
      XeroTaxCode: created.Tax.TaxCode,
      ReceivedDate: null,
    });
  });
});
