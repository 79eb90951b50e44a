// The parts of Unleashed's answers the gateway reads, as loose Pact templates: types and formats, not values,
// and only the fields the sync engine and the order push use. Everything else Unleashed sends is ignored.
import { MatchersV3 } from '@pact-foundation/pact';
import { emailOrNull, guid, numberOrNull, orNull, textOrNull, urlOrNull, wireDate } from './matchers.ts';

const { arrayContaining, atLeastLike, boolean, eachLike, integer, like, regex } = MatchersV3;

const pagination = like({ PageNumber: 1, NumberOfPages: 1 });

/** The paged envelope: `pages()` reads NumberOfPages to know when to stop. */
export function pageOf(item: unknown) {
  return { Pagination: pagination, Items: eachLike(item) };
}

const tier = (name: string, value: number | null) => ({ Name: like(name), Value: numberOrNull(value) });

/** A product with its default price, its ten sell price tiers (Value null when unset) and its images. */
export const product = {
  Guid: guid(),
  ProductCode: like('DEMO-PLENTY'),
  ProductDescription: like('Demo Plenty Widget'),
  DefaultSellPrice: numberOrNull(20),
  SellPriceTier1: tier('Trade', 18),
  SellPriceTier2: tier('Wholesale', 17.5),
  SellPriceTier3: tier('Distributor', 17),
  SellPriceTier4: tier('Hospitality', 18),
  SellPriceTier5: tier('VIP', 16.5),
  SellPriceTier6: tier('Tier 6', 19.5),
  SellPriceTier7: tier('Tier 7', 19),
  SellPriceTier8: tier('Tier 8', 18.5),
  SellPriceTier9: tier('Tier 9', 16),
  SellPriceTier10: tier('Tier 10', null),
  Obsolete: boolean(false),
  IsSellable: boolean(true),
  ImageUrl: urlOrNull('https://unleashed.example/images/DEMO-PLENTY.svg'),
  Images: atLeastLike(
    { Url: like('https://unleashed.example/images/DEMO-PLENTY.svg'), IsDefault: boolean(true) },
    0,
    1,
  ),
  LastModifiedOn: wireDate(),
};

export const productGroup = { Guid: guid(), GroupName: like('Hardware') };

export const sellPriceTier = { TierNumber: integer(1), Name: like('Trade') };

/** A contact: IsDefault is Unleashed's Primary flag, ForOrdering its Ordering flag. */
export const contact = {
  Guid: guid(),
  FirstName: textOrNull('Dana'),
  LastName: textOrNull('Demo'),
  EmailAddress: emailOrNull('dana@demo-wholesale.example'),
  IsDefault: boolean(true),
  ForOrdering: boolean(true),
  LastModifiedOn: wireDate(),
};

/** A customer with its pricing terms, addresses and (with includeAllContacts=true) every contact. */
export const customer = {
  Guid: guid(),
  CustomerCode: like('DEMO001'),
  CustomerName: like('Demo Wholesale Ltd'),
  Obsolete: boolean(false),
  SellPriceTier: like('Trade'),
  DiscountRate: numberOrNull(0),
  Currency: { CurrencyCode: like('NZD') },
  CustomerType: textOrNull('Wholesale'),
  Addresses: atLeastLike(
    {
      AddressType: like('Physical'),
      StreetAddress: textOrNull('1 Demo Street'),
      City: textOrNull('Auckland'),
      PostalCode: textOrNull('1010'),
      Country: textOrNull('New Zealand'),
      IsDefault: boolean(true),
    },
    0,
    1,
  ),
  Contacts: atLeastLike(contact, 0, 1),
  LastModifiedOn: wireDate(),
};

export const stockOnHand = {
  ProductGuid: guid(),
  WarehouseCode: like('MAIN'),
  QtyOnHand: like(500),
  AllocatedQty: like(0),
  AvailableQty: like(500),
  LastModifiedOn: wireDate(),
};

export const warehouse = {
  Guid: guid(),
  WarehouseCode: like('MAIN'),
  WarehouseName: like('Main Warehouse'),
  IsDefault: boolean(true),
  Obsolete: boolean(false),
};

export const tax = {
  TaxCode: like('G.S.T.'),
  TaxRate: numberOrNull(0.15),
  CanApplyToRevenue: boolean(true),
  Obsolete: boolean(false),
};

const ORDER_STATUS = '^(Parked|Placed|Backordered|Completed|Deleted)$';

/** An order line: a product line (LineType null) or a charge such as Freight (LineType "Charge"). */
export const salesOrderLine = {
  LineType: orNull('Charge', null),
  Product: { Guid: guid() },
  OrderQuantity: like(2),
  UnitPrice: like(16.5),
  LineTotal: like(33),
  LineTax: like(4.95),
};

/** A sales order as the order-status sync reads it. */
export const salesOrder = {
  Guid: guid(),
  OrderNumber: like('SO-00000001'),
  OrderStatus: regex(ORDER_STATUS, 'Placed'),
  SalesOrderLines: eachLike(salesOrderLine),
  SubTotal: like(33),
  TaxTotal: like(4.95),
  Total: like(37.95),
  LastModifiedOn: wireDate(),
};

/** Unleashed's error body for 403, 404 and 429. */
export const errorDescription = {
  Description: like('The api-auth-signature does not match the query string.'),
};

const NULLABLE_WIRE_DATE = '/Date\\(-?\\d+\\)/';

/**
 * A price row for one product: a customer's own price (`customerCode`), or one for every customer (null).
 * The values are the provider state's parameters, so they are matched exactly; the rest by type.
 */
export function productPrice(fact: {
  productCode: string;
  customerCode: string | null;
  price: number;
  minimumQuantity: number;
}) {
  return {
    Guid: guid(),
    Product: { Guid: guid(), ProductCode: fact.productCode },
    Customer: fact.customerCode === null ? null : { Guid: guid(), CustomerCode: fact.customerCode },
    MinimumQuantity: fact.minimumQuantity,
    CustomerPrice: fact.price,
    ValidFrom: orNull(NULLABLE_WIRE_DATE, '/Date(1735689600000)/'),
    ValidTo: orNull(NULLABLE_WIRE_DATE, null),
    LastModifiedOn: wireDate(),
  };
}

/** A page of price rows holding (at least) these rows: customer prices and quantity breaks differ in shape. */
export function pricesPage(...rows: ReturnType<typeof productPrice>[]) {
  return { Pagination: pagination, Items: arrayContaining(...rows) };
}
