// The Unleashed operations the gateway performs, typed: the only place that names an Unleashed resource and its
// query parameters. Each list operation owns its paging (paging.ts: by modification time where the resource
// allows it) and its dates (`modifiedSince` in Unleashed's format); the client signs every request. The sync
// passes and the gateway→Unleashed consumer pact call these same functions, so the pact records what the sync
// sends.
import type { Category, PriceRule, PriceTier, Product, StockLevel } from '../catalogue/catalogue.types.ts';
import type { Contact, Customer } from '../customers/customers.types.ts';
import type { UnleashedClient } from './client.ts';
import {
  ALL_ORDER_STATUSES,
  contactsOfCustomer,
  fromSalesOrder,
  type ModifiedRecord,
  priceRowLabel,
  type SalesOrderState,
  toCategory,
  toContact,
  toCustomer,
  toModifiedSince,
  toPriceRule,
  toPriceTier,
  toProduct,
  toStockLevel,
} from './mapper.ts';
import { type ListReader, type ReadPage, readChanges, readPages } from './paging.ts';
import type {
  UCustomer,
  UProduct,
  UProductGroup,
  UProductPrice,
  USalesOrder,
  USellPriceTier,
  UStockOnHand,
  UTax,
  UWarehouse,
} from './types.ts';

export type { ListReader, ReadPage };

type Pages<T> = AsyncGenerator<ReadPage<T>>;

/** Whose records a list is read for: mapped records carry the store and the time they were synced. */
export interface StoreScope {
  storeId: string;
  /** Now, ISO. */
  now(): string;
}

/** The same pages with each record mapped (paging and resume points stay the wire records'). */
async function* mapPages<T, U>(pages: Pages<T>, map: (item: T) => U): Pages<U> {
  for await (const page of pages) yield { ...page, items: page.items.map(map) };
}

/** `modifiedSince` for an ISO time, or no filter. */
const changedSince = (since: string | null) => ({
  modifiedSince: since ? toModifiedSince(since) : undefined,
});

/**
 * Products changed at or after `since` (all when null), obsolete ones included, oldest change first, as the
 * store's products (status `hidden` until the store's own status is applied).
 */
export const listProductsChangedSince = (
  reader: ListReader,
  scope: StoreScope,
  since: string | null,
): Pages<Product> =>
  mapPages(readChanges<UProduct>(reader, 'Products', { includeObsolete: true }, since), (u) =>
    toProduct(u, scope.storeId, 'hidden', scope.now()),
  );

/**
 * A customer as the store keeps it (not in the store until the store says so) and its contacts, asked for only
 * when wanted: a customer with more contacts than Unleashed lists with it costs a call of its own.
 */
export interface CustomerRecord {
  customer: Customer;
  /** Its contacts as Unleashed has them (syncState `synced` until the sync judges them). */
  contacts(): Promise<Contact[]>;
}

/** The record of a customer Unleashed sent (a list page, or one customer a webhook named). */
export function toCustomerRecord(client: UnleashedClient, scope: StoreScope, u: UCustomer): CustomerRecord {
  const customer = toCustomer(u, scope.storeId, { inStore: false, addedAt: null }, scope.now());
  return {
    customer,
    contacts: async () =>
      (await contactsOfCustomer(client, u)).map((c) =>
        toContact(c, scope.storeId, customer.guid, 'synced', scope.now()),
      ),
  };
}

/** Customers changed at or after `since`, obsolete ones included, each with all its contacts. */
export const listCustomersChangedSince = (
  reader: ListReader,
  scope: StoreScope,
  since: string | null,
): Pages<CustomerRecord> =>
  mapPages(
    readChanges<UCustomer>(reader, 'Customers', { includeObsolete: true, includeAllContacts: true }, since),
    (u) => toCustomerRecord(reader.client, scope, u),
  );

/** Stock levels in one warehouse changed at or after `since`, oldest change first. */
export const listStockOnHandChangedSince = (
  reader: ListReader,
  scope: StoreScope,
  warehouseCode: string,
  since: string | null,
): Pages<StockLevel> =>
  mapPages(readChanges<UStockOnHand>(reader, 'StockOnHand', { warehouseCode }, since), (u) =>
    toStockLevel(u, scope.storeId, warehouseCode, scope.now()),
  );

/** A product price row as a price rule, or null (a product-group price) with the row's label to report it. */
export interface PriceRow {
  rule: PriceRule | null;
  label: string;
}

/** Product price rows (customer prices, quantity breaks) changed at or after `since`, oldest change first. */
export const listProductPricesChangedSince = (
  reader: ListReader,
  scope: StoreScope,
  since: string | null,
): Pages<PriceRow> =>
  mapPages(readChanges<UProductPrice>(reader, 'ProductPrices', {}, since), (u) => ({
    rule: toPriceRule(u, scope.storeId),
    label: priceRowLabel(u),
  }));

/** A short list's records changed at or after `since`, in Unleashed's own order, each mapped for the store. */
const shortListChangedSince =
  <U extends ModifiedRecord, T>(resource: string, toRecord: (u: U, storeId: string) => T) =>
  (reader: ListReader, scope: StoreScope, since: string | null): Pages<T> =>
    mapPages(readPages<U>(reader, resource, changedSince(since)), (u) => toRecord(u, scope.storeId));

/** Product groups, as the store's categories, changed at or after `since`. */
export const listProductGroupsChangedSince = shortListChangedSince<UProductGroup, Category>(
  'ProductGroups',
  toCategory,
);

/** Sell price tiers changed at or after `since`. */
export const listSellPriceTiersChangedSince = shortListChangedSince<USellPriceTier, PriceTier>(
  'SellPriceTiers',
  toPriceTier,
);

/** Sales orders in every status (Deleted ones too) changed at or after `since`, as their state for the store. */
export const listSalesOrdersChangedSince = (reader: ListReader, since: string): Pages<SalesOrderState> =>
  mapPages(
    readPages<USalesOrder>(reader, 'SalesOrders', {
      ...changedSince(since),
      orderStatus: ALL_ORDER_STATUSES,
    }),
    fromSalesOrder,
  );

/** The cheapest signed call there is (one warehouse): whether the account answers (readiness). */
export const probeAccount = async (client: UnleashedClient): Promise<void> => {
  await client.page<UWarehouse>('Warehouses', 1, { pageSize: 1 });
};

/** One product as the store's record (status `hidden` until the store's own is applied); obsolete ones too. */
export const getProduct = async (
  client: UnleashedClient,
  scope: StoreScope,
  guid: string,
): Promise<Product> => {
  const wire = await client.get<UProduct>(`/Products/${guid}`, { includeObsolete: true });
  return toProduct(wire, scope.storeId, 'hidden', scope.now());
};

/** One product's stock levels, one per warehouse that holds a record of it. */
export const getStockOfProduct = async (
  client: UnleashedClient,
  scope: StoreScope,
  guid: string,
): Promise<StockLevel[]> =>
  (await client.get<{ Items: UStockOnHand[] }>(`/StockOnHand/${guid}/AllWarehouses`)).Items.map((row) =>
    toStockLevel(row, scope.storeId, row.WarehouseCode, scope.now()),
  );

/** One customer (obsolete ones too) with its contacts. */
export const getCustomerRecord = async (
  client: UnleashedClient,
  scope: StoreScope,
  guid: string,
): Promise<CustomerRecord> => {
  const query = { includeObsolete: true, includeAllContacts: true };
  return toCustomerRecord(client, scope, await client.get<UCustomer>(`/Customers/${guid}`, query));
};

/** The account's warehouses (one page: an account has a handful). */
export const listWarehouses = async (client: UnleashedClient): Promise<UWarehouse[]> =>
  (await client.page<UWarehouse>('Warehouses', 1)).items;

/** The taxes that can apply to sales (one page). */
export const listRevenueTaxes = async (client: UnleashedClient): Promise<UTax[]> =>
  (await client.page<UTax>('Taxes', 1, { canApplyToRevenue: true })).items;

/** One sales order by its GUID, as its state; an UnleashedHttpError with status 404 when Unleashed has none. */
export const getSalesOrder = async (client: UnleashedClient, guid: string): Promise<SalesOrderState> =>
  fromSalesOrder(await client.get<USalesOrder>(`/SalesOrders/${guid}`));

/**
 * Creates or replaces the sales order at a GUID the gateway chose (a retry cannot double it) with a body from
 * toSalesOrderWrite; resolves with its state as Unleashed saved it.
 */
export const upsertSalesOrder = async (
  client: UnleashedClient,
  guid: string,
  body: unknown,
): Promise<SalesOrderState> => fromSalesOrder(await client.post<USalesOrder>(`/SalesOrders/${guid}`, body));
