// Consumer side of gateway → Unleashed: the gateway's own Unleashed operations (gateway/src/unleashed/
// operations.ts, what the sync passes, the store checks, the order push and the webhook subscriber call) on its
// real client against the Pact mock server, for every call the gateway makes, and the refusals it must tell apart
// (404: no such order; 429: wait and retry; 403: wrong credentials; 400: no room for another webhook
// subscription). A query an operation changes no longer matches its interaction.
import { rmSync } from 'node:fs';
import { MatchersV3, PactV3 } from '@pact-foundation/pact';
import { beforeAll, describe, expect, it } from 'vitest';
import { UnleashedHttpError } from '../../gateway/src/unleashed/client.ts';
import {
  getSalesOrder,
  listCustomersChangedSince,
  listProductGroupsChangedSince,
  listProductPricesChangedSince,
  listProductsChangedSince,
  listRevenueTaxes,
  listSalesOrdersChangedSince,
  listSellPriceTiersChangedSince,
  listStockOnHandChangedSince,
  listWarehouses,
  probeAccount,
  upsertSalesOrder,
} from '../../gateway/src/unleashed/operations.ts';
import { ACCOUNT, CONSUMER, PACT_DIR, PACT_FILE, PROVIDER, STATES, WRONG_API_KEY } from './contract.ts';
import {
  gatewayClient,
  type ListInteraction,
  listRequest,
  pageQuery,
  readListThroughPact,
  signatureOf,
  signedHeaders,
} from './gateway-request.ts';
import { ORDER_GUID, orderCreated, orderFetched, orderWrite } from './sales-order-bodies.ts';
import * as shapes from './unleashed-shapes.ts';
import { webhookSubscriptionContracts } from './webhook-subscriptions.interactions.ts';
import { wholeReadContracts } from './whole-reads.interactions.ts';

const pact = new PactV3({ consumer: CONSUMER, provider: PROVIDER, dir: PACT_DIR, logLevel: 'error' });
/** The sync cursor: Unleashed's LastModifiedOn of the newest record seen by the last pass. */
const MODIFIED_SINCE = '2020-01-01T00:00:00';
/** The same cursor as the gateway keeps it (ISO), which the operations turn into MODIFIED_SINCE. */
const SINCE = '2020-01-01T00:00:00.000Z';
/** The store the sync maps records for. */
const STORE = { storeId: 'store-1', now: () => '2026-01-01T00:00:00.000Z' };
const ALL_STATUSES = 'Parked,Placed,Backordered,Completed,Deleted';
/** Incremental reads ask for the oldest change first, so the cursor can move page by page. */
const OLDEST_CHANGE_FIRST = 'LastModifiedOn';

// The pact holds exactly what this run expects: PactV3 merges into an existing file, which would keep
// interactions this file no longer declares.
beforeAll(() => rmSync(PACT_FILE, { force: true }));

const syncList = <T>(...args: ListInteraction<T>) => readListThroughPact<T>(pact, ...args);

describe('the gateway syncing from Unleashed', () => {
  it('reads the products changed since its cursor, obsolete ones included, with tiers and images', async () => {
    const products = await syncList(
      [[STATES.productExists, { productCode: 'DEMO-PLENTY' }]],
      'a request for the products changed since a date, obsolete included, oldest change first',
      'Products',
      { includeObsolete: true, orderBy: OLDEST_CHANGE_FIRST, modifiedSince: MODIFIED_SINCE },
      shapes.pageOf(shapes.product),
      (reader) => listProductsChangedSince(reader, STORE, SINCE),
    );
    expect(products[0]).toMatchObject({ code: 'DEMO-PLENTY', storeId: STORE.storeId });
    expect(products[0]?.tierPrices[0]).toBe(18);
  });

  it('reads the product groups', async () => {
    const groups = await syncList(
      [[STATES.productGroupExists, { groupName: 'Hardware' }]],
      'a request for the product groups',
      'ProductGroups',
      {},
      shapes.pageOf(shapes.productGroup),
      (reader) => listProductGroupsChangedSince(reader, STORE, null),
    );
    expect(groups[0]).toMatchObject({ name: 'Hardware', storeId: STORE.storeId });
  });

  it('reads the names of the sell price tiers', async () => {
    const tiers = await syncList(
      [[STATES.sellPriceTierNamed, { tierNumber: 1, name: 'Trade' }]],
      'a request for the sell price tiers',
      'SellPriceTiers',
      {},
      shapes.pageOf(shapes.sellPriceTier),
      (reader) => listSellPriceTiersChangedSince(reader, STORE, null),
    );
    expect(tiers[0]).toMatchObject({ number: 1, name: 'Trade' });
  });

  it('reads customer prices and quantity breaks changed since its cursor', async () => {
    const customerPrice = {
      productCode: 'DEMO-PLENTY',
      customerCode: 'DEMO001',
      price: 16.5,
      minimumQuantity: 1,
    };
    const quantityBreak = { productCode: 'DEMO-PLENTY', customerCode: null, price: 17, minimumQuantity: 10 };
    const prices = await syncList(
      [
        [STATES.customerPrice, { customerCode: 'DEMO001', price: 16.5, productCode: 'DEMO-PLENTY' }],
        [STATES.quantityBreak, { price: 17, productCode: 'DEMO-PLENTY', minimumQuantity: 10 }],
      ],
      'a request for the product prices changed since a date',
      'ProductPrices',
      { orderBy: OLDEST_CHANGE_FIRST, modifiedSince: MODIFIED_SINCE },
      shapes.pricesPage(shapes.productPrice(customerPrice), shapes.productPrice(quantityBreak)),
      (reader) => listProductPricesChangedSince(reader, STORE, SINCE),
    );
    const rules = prices.map(({ rule }) => [rule?.customerGuid !== null, rule?.minimumQuantity, rule?.price]);
    expect(rules).toEqual([
      [true, 1, 16.5],
      [false, 10, 17],
    ]);
    expect(prices.map(({ label }) => label)).toEqual(['DEMO-PLENTY', 'DEMO-PLENTY']);
  });

  it('reads the stock changed since its cursor in the warehouse it sells from', async () => {
    const stock = await syncList(
      [[STATES.stockOnHand, { productCode: 'DEMO-PLENTY', quantity: 500, warehouseCode: 'MAIN' }]],
      'a request for the stock on hand in one warehouse changed since a date',
      'StockOnHand',
      { warehouseCode: 'MAIN', orderBy: OLDEST_CHANGE_FIRST, modifiedSince: MODIFIED_SINCE },
      shapes.pageOf(shapes.stockOnHand),
      (reader) => listStockOnHandChangedSince(reader, STORE, 'MAIN', SINCE),
    );
    expect(stock[0]).toMatchObject({ warehouseCode: 'MAIN', available: 500 });
  });

  it('reads the customers changed since its cursor with every contact, obsolete ones included', async () => {
    const customers = await syncList(
      [[STATES.activeContact, { customerCode: 'DEMO001', email: 'dana@demo-wholesale.example' }]],
      'a request for the customers changed since a date, with all contacts, obsolete included',
      'Customers',
      {
        includeObsolete: true,
        includeAllContacts: true,
        orderBy: OLDEST_CHANGE_FIRST,
        modifiedSince: MODIFIED_SINCE,
      },
      shapes.pageOf(shapes.customer),
      (reader) => listCustomersChangedSince(reader, STORE, SINCE),
    );
    expect(customers[0]?.customer).toMatchObject({ code: 'DEMO001', storeId: STORE.storeId });
    expect((await customers[0]?.contacts())?.[0]).toMatchObject({ email: 'dana@demo-wholesale.example' });
  });

  it('reads the warehouses', async () => {
    const warehouses = await syncList(
      [[STATES.defaultWarehouse, { warehouseCode: 'MAIN' }]],
      'a request for the warehouses',
      'Warehouses',
      {},
      shapes.pageOf(shapes.warehouse),
      (reader) => listWarehouses(reader.client),
    );
    expect(warehouses[0]).toMatchObject({ WarehouseCode: 'MAIN', IsDefault: true });
  });

  it('reads the taxes that apply to sales', async () => {
    const taxes = await syncList(
      [[STATES.salesTax, { taxCode: 'G.S.T.', rate: 0.15 }]],
      'a request for the taxes that apply to sales',
      'Taxes',
      { canApplyToRevenue: true },
      shapes.pageOf(shapes.tax),
      (reader) => listRevenueTaxes(reader.client),
    );
    expect(taxes[0]).toMatchObject({ TaxCode: 'G.S.T.', TaxRate: 0.15 });
  });

  it('reads the sales orders changed since its cursor in every status', async () => {
    const orders = await syncList(
      [[STATES.customerHasOrder, { customerCode: 'DEMO001', orderStatus: 'Placed' }]],
      'a request for the sales orders in every status changed since a date',
      'SalesOrders',
      { modifiedSince: MODIFIED_SINCE, orderStatus: ALL_STATUSES },
      shapes.pageOf(shapes.salesOrder),
      (reader) => listSalesOrdersChangedSince(reader, SINCE),
    );
    expect(orders[0]).toMatchObject({ unleashedStatus: 'Placed', total: 37.95 });
  });
});

describe('the gateway pushing and following orders', () => {
  it('creates a sales order at the GUID it chose, charges and the requested delivery day included', async () => {
    pact
      .given(STATES.orderCanBeCreated, { customerCode: 'DEMO001', productCode: 'DEMO-PLENTY' })
      .uponReceiving('a request to create a sales order at a GUID the gateway chose')
      .withRequest({
        method: 'POST',
        path: `/SalesOrders/${ORDER_GUID}`,
        headers: { ...signedHeaders({}), 'Content-Type': 'application/json' },
        body: orderWrite,
      })
      .willRespondWith({ status: 201, body: orderCreated });
    await pact.executeTest(async (server) => {
      const { client, signatures } = gatewayClient(server.url);
      const order = await upsertSalesOrder(client, ORDER_GUID, MatchersV3.reify(orderWrite));
      expect(order).toMatchObject({ unleashedGuid: ORDER_GUID, unleashedStatus: 'Placed', total: 49.45 });
      expect([order.lines.length, order.charges.length]).toEqual([1, 1]);
      expect(signatures).toEqual([signatureOf({})]);
    });
  });

  it('fetches a sales order it pushed, to follow its status', async () => {
    pact
      .given(STATES.orderExists, { guid: ORDER_GUID, orderStatus: 'Completed' })
      .uponReceiving('a request for one sales order by GUID')
      .withRequest({ method: 'GET', path: `/SalesOrders/${ORDER_GUID}`, headers: signedHeaders({}) })
      .willRespondWith({ status: 200, body: orderFetched('Completed') });
    await pact.executeTest(async (server) => {
      const { client } = gatewayClient(server.url);
      const order = await getSalesOrder(client, ORDER_GUID);
      expect(order).toMatchObject({ unleashedGuid: ORDER_GUID, unleashedStatus: 'Completed' });
    });
  });

  it('learns from a 404 that Unleashed has no order at a GUID (so a refused push was not a lost answer)', async () => {
    pact
      .given(STATES.orderMissing, { guid: ORDER_GUID })
      .uponReceiving('a request for a sales order that does not exist')
      .withRequest({ method: 'GET', path: `/SalesOrders/${ORDER_GUID}`, headers: signedHeaders({}) })
      .willRespondWith({ status: 404, body: shapes.errorDescription });
    await pact.executeTest(async (server) => {
      const { client, signatures } = gatewayClient(server.url);
      const error = await getSalesOrder(client, ORDER_GUID).catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 404, transient: false });
      expect(signatures).toHaveLength(1);
    });
  });
});

describe('the gateway told no by Unleashed', () => {
  it('surfaces a 429 with Retry-After as a transient UnleashedHttpError when it may not retry (readiness)', async () => {
    pact
      .given(STATES.rateLimited, { retryAfterSeconds: 30 })
      .uponReceiving('a readiness probe while Unleashed is rate limiting the account')
      .withRequest(listRequest('Warehouses', { pageSize: 1 }))
      .willRespondWith({
        status: 429,
        headers: { 'Retry-After': MatchersV3.regex('^\\d+$', '30') },
        body: shapes.errorDescription,
      });
    await pact.executeTest(async (server) => {
      const { client } = gatewayClient(server.url, { retries: 0 });
      const error = await probeAccount(client).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnleashedHttpError);
      expect(error).toMatchObject({
        status: 429,
        transient: true,
        body: { Description: expect.any(String) },
      });
    });
  });

  it('surfaces a 403 for a store whose API key is wrong, without retrying it', async () => {
    pact
      .given(STATES.accountExists, { apiId: ACCOUNT.apiId })
      .uponReceiving('a connection check signed with a key the account does not hold')
      .withRequest({ ...listRequest('Warehouses'), headers: signedHeaders(pageQuery({}), WRONG_API_KEY) })
      .willRespondWith({ status: 403, body: shapes.errorDescription });
    await pact.executeTest(async (server) => {
      const { client, signatures } = gatewayClient(server.url, { apiKey: WRONG_API_KEY });
      const error = await listWarehouses(client).catch((e: unknown) => e);
      expect(error).toMatchObject({
        status: 403,
        transient: false,
        body: { Description: expect.any(String) },
      });
      expect(signatures).toEqual([signatureOf(pageQuery({}), WRONG_API_KEY)]);
    });
  });
});

webhookSubscriptionContracts(pact);
wholeReadContracts(pact);
