// Seed look-ups and order bodies shared by the sales-order API tests: records are found through the API by the
// codes DEFAULT_SEED_FACTS names, never by hard-coded GUIDs.
import { DEFAULT_SEED_FACTS } from '../src/seed/index.ts';
import type { RunningMock } from './harness.ts';

export const FACTS = DEFAULT_SEED_FACTS;
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const WIRE_DATE = /^\/Date\(\d+\)\/$/;
export const ALL_STATUSES = 'Parked,Placed,Backordered,Completed,Deleted';

/** The Guids of the seed's anchor customers and products. */
export interface SeedRefs {
  wholesale: string;
  cafe: string;
  third: string;
  plenty: string;
  low: string;
  /** The wholesale customer's currency code. */
  wholesaleCurrency: string;
}

export interface StockFigures {
  QtyOnHand: number;
  AllocatedQty: number;
  AvailableQty: number;
}

export interface LineWrite {
  Product: { Guid?: string; ProductCode?: string; ProductDescription?: string };
  OrderQuantity?: number;
  UnitPrice: number;
  [field: string]: unknown;
}

async function findOne(
  mock: RunningMock,
  path: string,
  field: string,
  code: string,
): Promise<{ Guid: string }> {
  const { status, body } = await mock.call('GET', path);
  const found =
    status === 200 ? body.Items.find((item: Record<string, unknown>) => item[field] === code) : undefined;
  if (!found) throw new Error(`The seed has no ${code} (GET ${path} answered ${status})`);
  return found;
}

/** Looks the anchor records up by code. */
export async function lookUpSeed(mock: RunningMock): Promise<SeedRefs> {
  const customer = (code: string) => findOne(mock, `/Customers?customerCode=${code}`, 'CustomerCode', code);
  const product = async (code: string) =>
    (await findOne(mock, `/Products?productCode=${code}`, 'ProductCode', code)).Guid;
  const wholesale = (await customer(FACTS.customers.wholesale.code)) as {
    Guid: string;
    Currency: { CurrencyCode: string };
  };
  return {
    wholesale: wholesale.Guid,
    wholesaleCurrency: wholesale.Currency.CurrencyCode,
    cafe: (await customer(FACTS.customers.cafe.code)).Guid,
    third: (await customer(FACTS.customers.third.code)).Guid,
    plenty: await product(FACTS.products.plenty.code),
    low: await product(FACTS.products.low.code),
  };
}

/** A product's stock in one warehouse (zeros when it has no row there). */
export async function stockIn(
  mock: RunningMock,
  warehouseCode: string,
  productCode: string,
): Promise<StockFigures> {
  const { body } = await mock.call(
    'GET',
    `/StockOnHand?warehouseCode=${warehouseCode}&productCode=${productCode}`,
  );
  const row = body.Items[0] ?? { QtyOnHand: 0, AllocatedQty: 0, AvailableQty: 0 };
  return { QtyOnHand: row.QtyOnHand, AllocatedQty: row.AllocatedQty, AvailableQty: row.AvailableQty };
}

/** How many sales orders the mock holds, whatever their status. */
export async function orderCount(mock: RunningMock): Promise<number> {
  const { body } = await mock.control('GET', '/__control/state');
  return body.counts.salesOrders;
}

/** A product line by product Guid. */
export function line(
  productGuid: string,
  OrderQuantity: number,
  UnitPrice: number,
  extra: object = {},
): LineWrite {
  return { Product: { Guid: productGuid }, OrderQuantity, UnitPrice, ...extra };
}

/** A minimal valid order body: the customer, G.S.T. and the lines; anything else from `extra`. */
export function orderBody(
  customerGuid: string,
  lines: LineWrite[],
  extra: object = {},
): Record<string, unknown> {
  return {
    OrderStatus: 'Placed',
    Customer: { Guid: customerGuid },
    Tax: { TaxCode: FACTS.tax.code },
    SalesOrderLines: lines,
    ...extra,
  };
}

/** Posts an order to a fresh GUID and fails loudly unless it is created. */
// biome-ignore lint/suspicious/noExplicitAny: the order as the API answered it, read field by field in tests
export async function createOrder(mock: RunningMock, body: Record<string, unknown>): Promise<any> {
  const guid = crypto.randomUUID();
  const { status, body: order } = await mock.call('POST', `/SalesOrders/${guid}`, body);
  if (status !== 201) throw new Error(`Creating an order answered ${status}: ${JSON.stringify(order)}`);
  return order;
}

/** The Guids of every order a list query returns (pageSize 1000, one page). */
export async function listedGuids(mock: RunningMock, query: string): Promise<string[]> {
  const { status, body } = await mock.call('GET', `/SalesOrders?pageSize=1000&${query}`);
  if (status !== 200)
    throw new Error(`GET /SalesOrders?${query} answered ${status}: ${JSON.stringify(body)}`);
  return body.Items.map((order: { Guid: string }) => order.Guid);
}
