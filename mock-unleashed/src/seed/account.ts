// A populated account (the `default` and `large` seeds): the anchors first, then generated records, with the
// orders built before the stock so that allocations match them exactly.
import type { Contact, MockData } from '../types.ts';
import { buildAnchors, NO_ANCHORS } from './anchors.ts';
import { buildContacts, shareEmails } from './contacts.ts';
import { buildCustomers, buildSalespeople } from './customers.ts';
import { DEFAULT_SEED_FACTS } from './facts.ts';
import { buildLookups } from './lookups.ts';
import { allocationsOf, buildOrders } from './orders.ts';
import { fillPayloadValues } from './payload-values.ts';
import { buildPools } from './pools.ts';
import { buildProductPrices, type PriceSizes } from './prices.ts';
import { buildCatalogue, buildProducts } from './products.ts';
import { createRng, STREAMS } from './random.ts';
import { buildStock, planStock } from './stock.ts';

export interface AccountSize {
  products: number;
  customers: number;
  orders: number;
  prices: PriceSizes;
  /** Share of well-stocked products held in both warehouses (the rest in one). */
  bothWarehouses: number;
  /** Contacts copied (same name and email) onto a second customer. */
  sharedEmailPairs: number;
}

/**
 * Exactly `size.products` products and `size.customers` customers, the 4 anchor products and 4 anchor customers
 * among them (left out only when either size is below 4).
 */
export function buildAccount(seedNumber: number, size: AccountSize): Omit<MockData, 'seed' | 'seedNumber'> {
  const rng = (stream: number) => createRng(seedNumber, stream);
  const lookups = buildLookups(rng(STREAMS.lookups), 'full');
  const pools = buildPools(rng(STREAMS.pools));
  const productRng = rng(STREAMS.products);
  const customerRng = rng(STREAMS.customers);
  const catalogue = buildCatalogue(productRng);
  const salespeople = buildSalespeople(customerRng, pools);
  const withAnchors = size.products >= 4 && size.customers >= 4;
  const anchors = withAnchors
    ? buildAnchors(rng(STREAMS.anchors), lookups, catalogue, pools, salespeople)
    : NO_ANCHORS;

  const generatedProducts = buildProducts(
    productRng,
    size.products - anchors.products.length,
    catalogue,
    lookups.sellPriceTiers,
    anchors.products.length + 1,
  );
  const takenNames = new Set(anchors.customers.map((customer) => customer.CustomerName));
  const generatedCustomers = buildCustomers(
    customerRng,
    size.customers - anchors.customers.length,
    1,
    lookups,
    pools,
    salespeople,
    takenNames,
  );

  const contactRng = rng(STREAMS.contacts);
  const contacts: Record<string, Contact[]> = { ...anchors.contacts };
  const usedEmails = new Set(
    Object.values(contacts).flatMap((list) => list.map((c) => c.EmailAddress ?? '')),
  );
  buildContacts(contactRng, generatedCustomers, pools, contacts, usedEmails);
  shareEmails(contactRng, generatedCustomers, contacts, size.sharedEmailPairs);

  const orderable = generatedProducts.filter((product) => !product.Obsolete && product.IsSellable);
  const active = generatedCustomers.filter((customer) => !customer.Obsolete);
  const productPrices = [
    ...anchors.productPrices,
    ...buildProductPrices(rng(STREAMS.prices), orderable, active, size.prices),
  ];

  const stockRng = rng(STREAMS.stock);
  const plans = planStock(stockRng, generatedProducts, lookups.warehouses.length, size.bothWarehouses);
  const featuredCustomer = anchors.customers[0];
  const salesOrders = buildOrders(rng(STREAMS.orders), size.orders, {
    lookups,
    customers: active,
    contacts,
    products: orderable,
    plans,
    featured: featuredCustomer && {
      customer: featuredCustomer,
      statuses: DEFAULT_SEED_FACTS.wholesaleOrderStatuses,
    },
  });
  const allocations = allocationsOf(salesOrders);
  const stock = [
    ...anchors.stock,
    ...buildStock(stockRng, generatedProducts, plans, allocations, lookups.warehouses),
  ];

  const products = [...anchors.products, ...generatedProducts];
  const customers = [...anchors.customers, ...generatedCustomers];
  fillPayloadValues(rng(STREAMS.payloadValues), { products, customers, contacts, salesOrders });
  return {
    products,
    productGroups: catalogue.groups,
    productPrices,
    customers,
    contacts,
    stock,
    salesOrders,
    ...lookups,
    nextOrderNumber: salesOrders.length + 1,
  };
}
