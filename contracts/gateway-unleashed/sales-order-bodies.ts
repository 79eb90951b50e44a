// The order push as the contract shows it: the body the gateway posts to POST /SalesOrders/{guid} (the shape
// of gateway/src/unleashed/mapper-orders.ts toSalesOrderWrite, with the customer's and product's GUIDs handed
// over by the provider state) and what the gateway reads back.
import { MatchersV3 } from '@pact-foundation/pact';
import { fromState } from './matchers.ts';
import { salesOrder } from './unleashed-shapes.ts';

const { arrayContaining, like } = MatchersV3;

/** The GUID the gateway gives an order it pushes: a retried POST to it cannot create a second order. */
export const ORDER_GUID = '0f6e2c4a-8b1d-4f3e-9a7c-2d5b6e8f1a30';

/** What the gateway writes on a backordered line (gateway/src/order-rules/stock-rule.ts backorderComment). */
export const BACKORDER_COMMENT = 'Backorder: 1 of 2 ordered past the stock available in the portal.';

const customerGuid = fromState('customerGuid', '7a1c9e2b-4d3f-4a8b-9c6d-1e2f3a4b5c6d');
const productGuid = fromState('productGuid', '5b8d2f4e-6a1c-4e9b-8d3f-7c2a1b9e0d4f');

/** A portal order: 2 × the product at 16.50 (1 of them backordered) and a 10.00 Freight charge, G.S.T. at 15 %, totals to the cent. */
export const orderWrite = {
  OrderStatus: 'Placed',
  OrderDate: '2026-11-20',
  // Issue 16 item 7: the buyer's requested delivery day.
  RequiredDate: '2026-11-27',
  Customer: { Guid: customerGuid },
  // B7: the buyer's PO number; the store's own order id goes in SourceId.
  CustomerRef: 'PO-4471',
  SourceId: 'ord_01JD4S8Z6W',
  Warehouse: { WarehouseCode: 'MAIN' },
  Tax: { TaxCode: 'G.S.T.' },
  Comments: 'Back door please',
  DeliveryInstruction: 'Placed by dana@demo-wholesale.example',
  DeliveryName: 'Demo Wholesale Ltd',
  DeliveryStreetAddress: '1 Demo Street',
  DeliveryStreetAddress2: null,
  DeliverySuburb: 'Grey Lynn',
  DeliveryCity: 'Auckland',
  DeliveryRegion: null,
  DeliveryCountry: 'New Zealand',
  DeliveryPostCode: '1021',
  SalesOrderLines: [
    {
      LineNumber: 1,
      Product: { Guid: productGuid },
      OrderQuantity: 2,
      UnitPrice: 16.5,
      DiscountRate: 0,
      LineTotal: 33,
      LineTax: 4.95,
      // R17b/B9: the part ordered past the portal's available stock (the store sells out-of-stock products).
      Comments: BACKORDER_COMMENT,
    },
    {
      LineNumber: 0,
      LineType: 'Charge',
      Product: { ProductDescription: 'Freight' },
      OrderQuantity: 1,
      UnitPrice: 10,
      LineTotal: 10,
      LineTax: 1.5,
    },
  ],
  SubTotal: 43,
  TaxTotal: 6.45,
  Total: 49.45,
};

/** The created order: the gateway's GUID, Unleashed's number, the PO number kept as sent, the lines, the totals. */
export const orderCreated = {
  ...salesOrder,
  Guid: ORDER_GUID,
  OrderStatus: 'Placed',
  CustomerRef: 'PO-4471',
  SourceId: 'ord_01JD4S8Z6W',
  RequiredDate: `/Date(${Date.parse('2026-11-27T00:00:00Z')})/`,
  SalesOrderLines: arrayContaining(
    {
      LineType: null,
      Product: { Guid: productGuid },
      OrderQuantity: like(2),
      UnitPrice: like(16.5),
      LineTotal: like(33),
      LineTax: like(4.95),
      Comments: BACKORDER_COMMENT,
    },
    {
      LineType: 'Charge',
      Product: { ProductDescription: 'Freight' },
      LineTotal: like(10),
      LineTax: like(1.5),
    },
  ),
  SubTotal: like(43),
  TaxTotal: like(6.45),
  Total: like(49.45),
};

/** An order the gateway pushed earlier, as it reads it back to follow its status. */
export const orderFetched = (orderStatus: string) => ({
  ...salesOrder,
  Guid: ORDER_GUID,
  OrderStatus: orderStatus,
});
