// A buyer's cart and its placement (R18–R20): lines checked as they are added; placing hands the cart to the
// order placement (order-placement.ts) and empties it.

import type { CartLines } from '../cart/cart.reader.ts';
import { type Cart, priceCart } from '../cart/cart-pricing.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { EffectiveStatuses } from '../catalogue/effective-status.ts';
import type { Clock } from '../clock.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Customer } from '../customers/customers.types.ts';
import { AppError } from '../http/problems.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import { orderRuleBroken } from '../order-rules/order-rules.engine.ts';
import type { OrderRules } from '../order-rules/order-rules.service.ts';
import { notEnoughStock } from '../order-rules/stock-rule.ts';
import type { Store } from '../stores/stores.types.ts';
import type { DeliveryAddress, OrderPlacement } from './order-placement.ts';
import type { Order } from './orders.types.ts';

export type { DeliveryAddress };

export interface OrderingDeps {
  catalogue: CatalogueReader;
  /** R17: a product's status for the buyer's customer (Base and its custom catalogues). */
  statuses: EffectiveStatuses;
  customers: CustomerReader;
  carts: CartLines;
  clock: Clock;
  placement: OrderPlacement;
  /** The customer's order rules (B4), checked as lines are set. */
  orderRules: Pick<OrderRules, 'ruleBook'>;
  /** Runs the placement and the emptying of the cart in one transaction. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}

export function createOrderingService(deps: OrderingDeps) {
  const today = () => deps.clock.now().toISOString().slice(0, 10);
  const customerOf = async (buyer: Buyer): Promise<Customer> => {
    const customer = await deps.customers.getCustomer(buyer.store.id, buyer.customer.guid);
    if (!customer) throw new AppError('not-signed-in', 'Your customer is no longer in this store.');
    return customer;
  };
  const pricing = async (store: Store, customer: Customer) => ({
    catalogue: deps.catalogue,
    statuses: deps.statuses,
    today: today(),
    rules: await deps.orderRules.ruleBook(store.id, customer),
  });
  const cartOf = async (store: Store, buyer: Buyer) => {
    const record = await deps.carts.get(store.id, buyer.contact.guid);
    const customer = await customerOf(buyer);
    return { record, ...(await priceCart(await pricing(store, customer), store, customer, record.lines)) };
  };
  const saveLines = async (
    store: Store,
    buyer: Buyer,
    lines: { productGuid: string; quantity: number }[],
  ): Promise<Cart> => {
    const { record } = await cartOf(store, buyer);
    await deps.carts.save({ ...record, lines, updatedAt: deps.clock.now().toISOString() });
    return (await cartOf(store, buyer)).cart;
  };

  return {
    getCart: async (store: Store, buyer: Buyer): Promise<Cart> => (await cartOf(store, buyer)).cart,

    /** Sets a line's quantity; refuses a product this buyer cannot order (and keeps the cart as it was). */
    async setLine(store: Store, buyer: Buyer, productGuid: string, quantity: number): Promise<Cart> {
      const { record } = await cartOf(store, buyer);
      const customer = await customerOf(buyer);
      const check = await priceCart(await pricing(store, customer), store, customer, [
        { productGuid, quantity },
      ]);
      const line = check.cart.lines[0];
      if (!check.priced[0]?.product || check.priced[0].status === 'hidden')
        throw new AppError('not-found', 'The store has no such product.');
      if (line?.ruleBreach) throw orderRuleBroken([line.ruleBreach]);
      if (line?.stockShortfall) throw notEnoughStock([line.stockShortfall]);
      if (!line?.orderable) throw new AppError('product-not-orderable', line?.problem ?? undefined);
      // An updated line keeps its place in the cart; a new one goes last.
      const known = record.lines.some((l) => l.productGuid === productGuid);
      const lines = known
        ? record.lines.map((l) => (l.productGuid === productGuid ? { productGuid, quantity } : l))
        : [...record.lines, { productGuid, quantity }];
      return saveLines(store, buyer, lines);
    },

    async removeLine(store: Store, buyer: Buyer, productGuid: string): Promise<Cart> {
      const { record } = await cartOf(store, buyer);
      return saveLines(
        store,
        buyer,
        record.lines.filter((l) => l.productGuid !== productGuid),
      );
    },

    empty: (store: Store, buyer: Buyer) => saveLines(store, buyer, []),

    async addresses(buyer: Buyer): Promise<DeliveryAddress[]> {
      const customer = await customerOf(buyer);
      return customer.addresses
        .filter((a) => a.type !== 'Postal')
        .map(({ name, street, street2, suburb, city, region, country, postalCode }) => ({
          name,
          street,
          street2,
          suburb,
          city,
          region,
          country,
          postalCode,
        }));
    },

    /** Places the cart (R18): saved Processing, emails queued, import started; the cart is then emptied. */
    async placeOrder(
      store: Store,
      buyer: Buyer,
      input: {
        deliveryAddress: DeliveryAddress;
        comment?: string | null;
        purchaseOrderRef?: string | null;
        requiredDate?: string | null;
      },
    ): Promise<Order> {
      const { record } = await cartOf(store, buyer);
      const customer = await customerOf(buyer);
      // The order and the emptied cart commit together: never an order with its cart still full, or the reverse.
      return deps.transaction(async () => {
        const order = await deps.placement.place({
          store,
          customer,
          placedBy: buyer.contact,
          lines: record.lines,
          deliveryAddress: input.deliveryAddress,
          comment: input.comment,
          purchaseOrderRef: input.purchaseOrderRef,
          requiredDate: input.requiredDate,
        });
        await saveLines(store, buyer, []);
        return order;
      });
    },
  };
}

export type OrderingService = ReturnType<typeof createOrderingService>;
