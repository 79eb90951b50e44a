// The gateway's Unleashed reads that carry no modifiedSince (issue 14 item 5): the first sync of each resource
// reads everything, the price pass reads every row once a day (to drop rows Unleashed no longer has), and a
// customer whose contacts did not all come with it has them read on their own (/Customers/{guid}/Contacts).
// Each runs the gateway's own operation (gateway/src/unleashed/operations.ts) against the Pact mock server.
import { MatchersV3, type PactV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import {
  listCustomersChangedSince,
  listProductPricesChangedSince,
  listProductsChangedSince,
  listStockOnHandChangedSince,
  toCustomerRecord,
} from '../../gateway/src/unleashed/operations.ts';
import type { UCustomer } from '../../gateway/src/unleashed/types.ts';
import { STATES } from './contract.ts';
import {
  gatewayClient,
  type ListInteraction,
  readListThroughPact,
  signatureOf,
  signedHeaders,
} from './gateway-request.ts';
import * as shapes from './unleashed-shapes.ts';

const STORE = { storeId: 'store-1', now: () => '2026-01-01T00:00:00.000Z' };
const OLDEST_CHANGE_FIRST = 'LastModifiedOn';
const CUSTOMER_GUID = '3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b';
/** What contactsOfCustomer asks for: every contact on one page. */
const CONTACTS_QUERY = { pageSize: 1000 };

export function wholeReadContracts(pact: PactV3): void {
  const syncList = <T>(...args: ListInteraction<T>) => readListThroughPact<T>(pact, ...args);

  describe('the gateway reading whole lists (first sync, the daily price read)', () => {
    it('reads every product on its first sync, obsolete ones included, oldest change first', async () => {
      const products = await syncList(
        [[STATES.productExists, { productCode: 'DEMO-PLENTY' }]],
        'a request for every product, obsolete included, oldest change first',
        'Products',
        { includeObsolete: true, orderBy: OLDEST_CHANGE_FIRST },
        shapes.pageOf(shapes.product),
        (reader) => listProductsChangedSince(reader, STORE, null),
      );
      expect(products[0]).toMatchObject({ code: 'DEMO-PLENTY', storeId: STORE.storeId });
    });

    it('reads every customer on its first sync with every contact, obsolete ones included', async () => {
      const customers = await syncList(
        [[STATES.activeContact, { customerCode: 'DEMO001', email: 'dana@demo-wholesale.example' }]],
        'a request for every customer, with all contacts, obsolete included',
        'Customers',
        { includeObsolete: true, includeAllContacts: true, orderBy: OLDEST_CHANGE_FIRST },
        shapes.pageOf(shapes.customer),
        (reader) => listCustomersChangedSince(reader, STORE, null),
      );
      expect(customers[0]?.customer).toMatchObject({ code: 'DEMO001', storeId: STORE.storeId });
    });

    it('reads all the stock of the warehouse it sells from on its first sync', async () => {
      const stock = await syncList(
        [[STATES.stockOnHand, { productCode: 'DEMO-PLENTY', quantity: 500, warehouseCode: 'MAIN' }]],
        'a request for all the stock on hand in one warehouse',
        'StockOnHand',
        { warehouseCode: 'MAIN', orderBy: OLDEST_CHANGE_FIRST },
        shapes.pageOf(shapes.stockOnHand),
        (reader) => listStockOnHandChangedSince(reader, STORE, 'MAIN', null),
      );
      expect(stock[0]).toMatchObject({ warehouseCode: 'MAIN', available: 500 });
    });

    it('reads every product price row once a day (and on its first sync), to drop the rows Unleashed removed', async () => {
      const prices = await syncList(
        [
          [STATES.customerPrice, { customerCode: 'DEMO001', price: 16.5, productCode: 'DEMO-PLENTY' }],
          [STATES.quantityBreak, { price: 17, productCode: 'DEMO-PLENTY', minimumQuantity: 10 }],
        ],
        'a request for every product price row',
        'ProductPrices',
        { orderBy: OLDEST_CHANGE_FIRST },
        shapes.pricesPage(
          shapes.productPrice({
            productCode: 'DEMO-PLENTY',
            customerCode: 'DEMO001',
            price: 16.5,
            minimumQuantity: 1,
          }),
          shapes.productPrice({
            productCode: 'DEMO-PLENTY',
            customerCode: null,
            price: 17,
            minimumQuantity: 10,
          }),
        ),
        (reader) => listProductPricesChangedSince(reader, STORE, null),
      );
      expect(prices.map(({ rule }) => [rule?.minimumQuantity, rule?.price])).toEqual([
        [1, 16.5],
        [10, 17],
      ]);
    });
  });

  describe('the gateway reading a customer’s contacts on their own', () => {
    it('reads the contacts of a customer that came without them', async () => {
      pact
        .given(STATES.activeContact, { customerCode: 'DEMO001', email: 'dana@demo-wholesale.example' })
        .uponReceiving('a request for every contact of one customer')
        .withRequest({
          method: 'GET',
          path: MatchersV3.fromProviderState(
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a Pact provider-state expression, not a template
            '/Customers/${customerGuid}/Contacts',
            `/Customers/${CUSTOMER_GUID}/Contacts`,
          ),
          query: { pageSize: String(CONTACTS_QUERY.pageSize) },
          headers: signedHeaders(CONTACTS_QUERY),
        })
        .willRespondWith({ status: 200, body: { Items: MatchersV3.eachLike(shapes.contact) } });
      await pact.executeTest(async (server) => {
        const { client, signatures } = gatewayClient(server.url);
        // A customer as a list or a single read may bring it: here without its Contacts.
        const { Contacts: _none, ...listed } = MatchersV3.reify(shapes.customer) as UCustomer;
        const record = toCustomerRecord(client, STORE, { ...listed, Guid: CUSTOMER_GUID });
        const contacts = await record.contacts();
        expect(contacts[0]).toMatchObject({
          email: 'dana@demo-wholesale.example',
          customerGuid: CUSTOMER_GUID,
        });
        expect(signatures).toEqual([signatureOf(CONTACTS_QUERY)]);
      });
    });
  });
}
