// A buyer's checkout (R18–R20): the delivery addresses to choose from, and placing the cart, which hands its
// lines to the order placement (order-placement.ts) and empties it.
import type { CartService } from '../cart/cart.service.ts';
import { customerOfBuyer } from '../cart/cart.service.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { Store } from '../stores/stores.types.ts';
import type { DeliveryAddress, OrderPlacement, PlacementRequest } from './order-placement.ts';
import type { Order } from './orders.types.ts';

export type { DeliveryAddress };

export interface OrderingDeps {
  customers: CustomerReader;
  /** The buyer's cart an order is placed from. */
  cart: Pick<CartService, 'takeLines'>;
  placement: OrderPlacement;
  /** Runs the placement and the emptying of the cart in one transaction. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
}

/** What the buyer fills in at checkout. */
export type CheckoutInput = Pick<
  PlacementRequest,
  'deliveryAddress' | 'comment' | 'purchaseOrderRef' | 'requiredDate'
>;

/**
 * Places the cart's lines as one order by or for `who` and empties the cart. Both commit together: never an order
 * with its cart still full, or the reverse. The buyer's checkout and an acting admin's both place this way.
 */
export async function placeCart(
  deps: Pick<OrderingDeps, 'cart' | 'placement' | 'transaction'>,
  store: Store,
  buyer: Buyer,
  input: CheckoutInput,
  who: Pick<PlacementRequest, 'customer' | 'placedBy' | 'placedOnBehalfBy'>,
): Promise<Order> {
  const { deliveryAddress, comment, purchaseOrderRef, requiredDate } = input;
  return deps.transaction(async () => {
    const lines = await deps.cart.takeLines(store, buyer);
    return deps.placement.place({
      ...who,
      store,
      lines,
      deliveryAddress,
      comment,
      purchaseOrderRef,
      requiredDate,
    });
  });
}

export function createOrderingService(deps: OrderingDeps) {
  const customerOf = (buyer: Buyer) => customerOfBuyer(deps.customers, buyer);
  return {
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
    async placeOrder(store: Store, buyer: Buyer, input: CheckoutInput): Promise<Order> {
      // The customer is read once and the lines priced once, by the placement; the emptied cart is not priced.
      const customer = await customerOf(buyer);
      return placeCart(deps, store, buyer, input, { customer, placedBy: buyer.contact });
    },
  };
}

export type OrderingService = ReturnType<typeof createOrderingService>;
