// Historical sales orders in every status, numbered SO-00000001 upwards in date order, with totals that
// reconcile exactly as the mock checks them.
import { orderTotals, toBaseCurrency } from '../money.ts';
import { addSalesOrderPayloadKeys } from '../payload-keys.ts';
import type { Contact, Customer, OrderStatus, Product, SalesOrder } from '../types.ts';
import { customerRefOf } from './customer-record.ts';
import type { Lookups } from './lookups.ts';
import { chargeLine, type LineTerms, productLine, unitPriceFor } from './order-lines.ts';
import { deliveryFields, orderStatuses, pickCustomer, pickProduct } from './order-parts.ts';
import { ACCOUNT_USERS } from './pools.ts';
import type { Rng } from './random.ts';
import { allocationKey, type StockPlan } from './stock.ts';
import { DAY, dayOf, HOUR, REFERENCE_TIME, timeBetween, wire } from './time.ts';

export interface OrderContext {
  lookups: Lookups;
  /** Active customers orders may be for. */
  customers: readonly Customer[];
  contacts: Readonly<Record<string, Contact[]>>;
  /** Sellable, non-obsolete products order lines may use. */
  products: readonly Product[];
  plans: ReadonlyMap<string, StockPlan>;
  /** A customer that gets the latest order of each of these statuses (DEMO001). */
  featured?: { customer: Customer; statuses: readonly OrderStatus[] };
}

const QUANTITIES = [1, 2, 3, 4, 5, 6, 8, 10, 12, 12, 24, 24, 36, 48];

/** `count` orders sorted by OrderNumber; Placed orders never use out-of-stock products. */
export function buildOrders(rng: Rng, count: number, ctx: OrderContext): SalesOrder[] {
  if (count === 0 || ctx.customers.length === 0 || ctx.products.length === 0) return [];
  const start = Date.UTC(2025, 2, 1);
  const days = Array.from({ length: count }, () =>
    dayOf(timeBetween(() => rng.next(), start, REFERENCE_TIME - 2 * DAY)),
  );
  days.sort((a, b) => a - b);
  const statuses = orderStatuses(rng, count);
  const featured = new Map<number, Customer>();
  for (const status of ctx.featured?.statuses ?? []) {
    const index = statuses.lastIndexOf(status);
    if (index >= 0) featured.set(index, ctx.featured!.customer);
  }
  const foreign = ctx.customers.filter((customer) => customer.Currency?.CurrencyCode !== 'NZD');
  return days.map((day, i) => {
    const customer = featured.get(i) ?? pickCustomer(rng, ctx.customers, foreign, day);
    return buildOrder(rng, i + 1, day, statuses[i]!, customer, featured.has(i), ctx);
  });
}

function buildOrder(
  rng: Rng,
  number: number,
  orderDate: number,
  status: OrderStatus,
  customer: Customer,
  featured: boolean,
  ctx: OrderContext,
): SalesOrder {
  const { lookups } = ctx;
  const currency =
    lookups.currencies.find((c) => c.CurrencyCode === customer.Currency?.CurrencyCode) ??
    lookups.currencies[0]!;
  const tax = lookups.taxes.find(
    (t) => t.CanApplyToRevenue && !t.Obsolete && t.TaxCode === (customer.Taxable ? 'G.S.T.' : 'NONE'),
  )!;
  const warehouse = lookups.warehouses[rng.chance(0.75) ? 0 : lookups.warehouses.length - 1]!;
  const createdOn = orderDate + rng.int(8, 17) * HOUR + rng.int(0, 59) * 60_000;
  const requiredDate = orderDate + rng.int(2, 14) * DAY;
  const completedDate =
    status === 'Completed' ? Math.min(orderDate + rng.int(1, 10) * DAY, dayOf(REFERENCE_TIME, -1)) : null;
  const modifiedOn =
    completedDate !== null
      ? completedDate + rng.int(8, 17) * HOUR
      : Math.min(createdOn + rng.int(0, status === 'Deleted' ? 120 : 48) * HOUR, REFERENCE_TIME - HOUR);
  const terms: LineTerms = {
    taxCode: tax.TaxCode,
    taxRate: tax.TaxRate ?? 0,
    exchangeRate: currency.DefaultSellRate ?? 1,
    discountRate: customer.DiscountRate ?? 0,
    dueDate: requiredDate,
    modifiedOn,
  };
  const tierNames = lookups.sellPriceTiers.map((t) => t.Name);
  const used = new Set<string>();
  const lines = Array.from({ length: rng.int(1, 6) }, (_, k) => {
    const product = pickProduct(rng, ctx, status, k === 0, orderDate, used);
    return productLine(
      rng,
      k + 1,
      product,
      rng.pick(QUANTITIES),
      unitPriceFor(product, customer, tierNames),
      terms,
    );
  });
  if (status === 'Completed' && (featured || rng.chance(0.5)))
    lines.push(chargeLine(rng, 'Freight', rng.pick([8.5, 12, 15, 25]), terms));
  const totals = orderTotals(lines);
  const orderingContacts = (ctx.contacts[customer.Guid] ?? []).filter(
    (c) => c.EmailAddress && (c.IsDefault || c.ForOrdering),
  );
  const placedBy =
    orderingContacts.length > 0 && (featured || rng.chance(0.7))
      ? rng.pick(orderingContacts).EmailAddress
      : null;
  const user = rng.pick(ACCOUNT_USERS);
  const order: SalesOrder = {
    Guid: rng.uuid(),
    OrderNumber: `SO-${String(number).padStart(8, '0')}`,
    OrderDate: wire(orderDate),
    RequiredDate: wire(requiredDate),
    CompletedDate: completedDate === null ? null : wire(completedDate),
    OrderStatus: status,
    CustomOrderStatus: null,
    Customer: customerRefOf(customer),
    CustomerRef: rng.chance(0.4) ? `PO-${rng.int(1000, 99999)}` : null,
    Comments: rng.chance(0.15) ? 'Please call before delivery' : null,
    Warehouse: { ...warehouse },
    ...deliveryFields(customer, placedBy),
    DeliveryMethod:
      rng.chance(0.7) && lookups.deliveryMethods.length ? rng.pick(lookups.deliveryMethods).Name : null,
    Currency: { ...currency },
    ExchangeRate: terms.exchangeRate,
    DiscountRate: terms.discountRate,
    Tax: { ...tax },
    TaxRate: terms.taxRate,
    ...totals,
    BCSubTotal: toBaseCurrency(totals.SubTotal, terms.exchangeRate),
    BCTaxTotal: toBaseCurrency(totals.TaxTotal, terms.exchangeRate),
    BCTotal: toBaseCurrency(totals.Total, terms.exchangeRate),
    SourceId: null,
    SalesOrderLines: lines,
    CreatedBy: user,
    CreatedOn: wire(createdOn),
    LastModifiedBy: user,
    LastModifiedOn: wire(modifiedOn),
  };
  addSalesOrderPayloadKeys(order, customer.Salesperson ?? null);
  return order;
}

/** Σ OrderQuantity of product lines of Placed and Backordered orders, by allocationKey(product, warehouse). */
export function allocationsOf(orders: readonly SalesOrder[]): Map<string, number> {
  const allocations = new Map<string, number>();
  for (const order of orders) {
    if (order.OrderStatus !== 'Placed' && order.OrderStatus !== 'Backordered') continue;
    for (const line of order.SalesOrderLines) {
      if (line.LineType !== null || !line.Product.Guid) continue;
      const key = allocationKey(line.Product.Guid, order.Warehouse.Guid);
      allocations.set(key, (allocations.get(key) ?? 0) + line.OrderQuantity);
    }
  }
  return allocations;
}
