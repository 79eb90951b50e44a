// Choices a sales order is made of: the status mix, which product a line uses, and where it is delivered.
import { fromWireDate } from '../dates.ts';
import type { Customer, OrderStatus, Product, SalesOrder } from '../types.ts';
import type { OrderContext } from './orders.ts';
import type { Rng } from './random.ts';

const SHARES: ReadonlyArray<readonly [OrderStatus, number, number]> = [
  // status, share of orders, typical age rank (older first)
  ['Completed', 0.33, 0],
  ['Deleted', 0.13, 0.6],
  ['Backordered', 0.12, 1],
  ['Placed', 0.25, 1.4],
  ['Parked', 0.17, 1.8],
];

/**
 * The statuses of `count` orders in date order: at least 3 of each status from 15 orders up (one of each
 * from 5), older orders mostly Completed or Deleted, recent ones mostly Placed or Parked.
 */
export function orderStatuses(rng: Rng, count: number): OrderStatus[] {
  const minimum = count >= 15 ? 3 : count >= 5 ? 1 : 0;
  const ranked: Array<{ status: OrderStatus; key: number }> = [];
  for (const [status, share, rank] of SHARES) {
    const n = Math.max(minimum, Math.floor(count * share));
    for (let i = 0; i < n; i++) ranked.push({ status, key: rank + rng.next() * 1.5 });
  }
  while (ranked.length < count) ranked.push({ status: 'Completed', key: rng.next() * 1.5 });
  return ranked
    .slice(0, count)
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.status);
}

/** The customer of an order: about 15% of orders go to foreign-currency customers; created before the order if possible. */
export function pickCustomer(
  rng: Rng,
  customers: readonly Customer[],
  foreign: readonly Customer[],
  orderDate: number,
): Customer {
  const pool = foreign.length > 0 && rng.chance(0.15) ? foreign : customers;
  let customer = rng.pick(pool);
  for (let retry = 0; (fromWireDate(customer.CreatedOn) ?? 0) > orderDate && retry < 20; retry++) {
    customer = rng.pick(pool);
  }
  return customer;
}

/**
 * A product for a line, not yet on the order and created before the order date: never out of stock on a Placed
 * order; preferably out of stock or low on the first line of a Backordered order.
 */
export function pickProduct(
  rng: Rng,
  ctx: OrderContext,
  status: OrderStatus,
  firstLine: boolean,
  orderDate: number,
  used: Set<string>,
): Product {
  const fits = (product: Product, strict: boolean) => {
    if (used.has(product.Guid)) return false;
    const level = ctx.plans.get(product.Guid)?.level;
    if (status === 'Placed' && level === 'out') return false;
    if (!strict) return true;
    if (status === 'Backordered' && firstLine && level === 'plenty') return false;
    return (fromWireDate(product.CreatedOn) ?? 0) <= orderDate;
  };
  let product = rng.pick(ctx.products);
  for (let retry = 0; retry < 60 && !fits(product, retry < 40); retry++) product = rng.pick(ctx.products);
  if (!fits(product, false)) product = ctx.products.find((p) => fits(p, false)) ?? product;
  used.add(product.Guid);
  return product;
}

type DeliveryFields = Pick<
  SalesOrder,
  | 'DeliveryName'
  | 'DeliveryStreetAddress'
  | 'DeliveryStreetAddress2'
  | 'DeliverySuburb'
  | 'DeliveryCity'
  | 'DeliveryRegion'
  | 'DeliveryCountry'
  | 'DeliveryPostCode'
  | 'DeliveryInstruction'
>;

/** The Delivery* fields from the customer's default physical or shipping address, with "Placed by" when known. */
export function deliveryFields(customer: Customer, placedBy: string | null | undefined): DeliveryFields {
  const addresses = customer.Addresses ?? [];
  const address = addresses.find((a) => a.IsDefault && a.AddressType !== 'Postal') ?? addresses[0];
  return {
    DeliveryName: customer.CustomerName,
    DeliveryStreetAddress: address?.StreetAddress ?? null,
    DeliveryStreetAddress2: address?.StreetAddress2 ?? null,
    DeliverySuburb: address?.Suburb ?? null,
    DeliveryCity: address?.City ?? null,
    DeliveryRegion: address?.Region ?? null,
    DeliveryCountry: address?.Country ?? null,
    DeliveryPostCode: address?.PostalCode ?? null,
    DeliveryInstruction: placedBy ? `Placed by ${placedBy}` : null,
  };
}
