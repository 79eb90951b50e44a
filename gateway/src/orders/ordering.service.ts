// A buyer's checkout (R18–R20): the delivery addresses to choose from, and placing the cart, which hands its
// lines to the order placement (order-placement.ts) and empties it.
import type { CartService } from '../cart/cart.service.ts';
import { customerOfBuyer } from '../cart/cart.service.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import type { Store } from '../stores/stores.types.ts';
import type { DeliveryAddress, OrderPlacement } from './order-placement.ts';
import type { Order } from './orders.types.ts';

export type { DeliveryAddress };

export interface OrderingDeps {
  customers: CustomerReader;
  /** The buyer's cart an order is placed from. */
  cart: Pick<CartService, 'savedLines' | 'clear'>;
  placement: OrderPlacement;
  /** Runs the placement and the emptying of the cart in one transaction. */
  transaction: <T>(work: () => Promise<T>) => Promise<T>;
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
      // The customer is read once and the lines priced once, by the placement; the emptied cart is not priced.
      const lines = await deps.cart.savedLines(store, buyer);
      const customer = await customerOf(buyer);
      // The order and the emptied cart commit together: never an order with its cart still full, or the reverse.
      return deps.transaction(async () => {
        const order = await deps.placement.place({
          store,
          customer,
          placedBy: buyer.contact,
          lines,
          deliveryAddress: input.deliveryAddress,
          comment: input.comment,
          purchaseOrderRef: input.purchaseOrderRef,
          requiredDate: input.requiredDate,
        });
        await deps.cart.clear(store, buyer);
        return order;
      });
    },
  };
}

export type OrderingService = ReturnType<typeof createOrderingService>;
