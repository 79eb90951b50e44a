// A buyer's cart and orders (R18–R20): lines checked as they are added, the order saved at once as Processing
// with the placing contact's email and prices resolved at placement, confirmation emails to the contact and
// the store admin, then the sync engine imports it into Unleashed exactly once (started right away as well).
import { randomUUID } from 'node:crypto';
import type { CatalogueRepo } from '../catalogue/catalogue.repo.ts';
import type { EffectiveStatuses } from '../catalogue/effective-status.ts';
import type { Clock } from '../clock.ts';
import type { CustomersRepo } from '../customers/customers.repo.ts';
import type { Customer } from '../customers/customers.types.ts';
import type { EmailService } from '../email/email.service.ts';
import type { components } from '../generated/gateway.d.ts';
import { AppError } from '../http/problems.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import { orderSettings } from '../stores/order-settings.ts';
import type { Store } from '../stores/stores.types.ts';
import type { CartsRepo } from './cart.repo.ts';
import { type Cart, priceCart } from './cart-pricing.ts';
import type { OrdersRepo } from './orders.repo.ts';
import type { Order } from './orders.types.ts';

export type DeliveryAddress = components['schemas']['DeliveryAddress'];

export interface OrderingDeps {
  catalogue: CatalogueRepo;
  /** R17: a product's status for the buyer's customer (Base and its custom catalogues). */
  statuses: EffectiveStatuses;
  customers: CustomersRepo;
  carts: CartsRepo;
  orders: OrdersRepo;
  email: EmailService;
  clock: Clock;
  publicBaseUrl: string;
  /** Asks the sync engine to push queued orders now (errors are the engine's to record). */
  pushOrders: (storeId: string) => void;
}

export function createOrderingService(deps: OrderingDeps) {
  const today = () => deps.clock.now().toISOString().slice(0, 10);
  const customerOf = async (buyer: Buyer): Promise<Customer> => {
    const customer = await deps.customers.getCustomer(buyer.store.id, buyer.customer.guid);
    if (!customer) throw new AppError('not-signed-in', 'Your customer is no longer in this store.');
    return customer;
  };
  const pricing = async (store: Store, buyer: Buyer) => ({
    catalogue: deps.catalogue,
    today: today(),
    statusOf: await deps.statuses.forCustomer(store.id, buyer.customer.guid),
  });
  const cartOf = async (store: Store, buyer: Buyer) => {
    const record = await deps.carts.get(store.id, buyer.contact.guid);
    return {
      record,
      ...(await priceCart(await pricing(store, buyer), store, await customerOf(buyer), record.lines)),
    };
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
      const check = await priceCart(await pricing(store, buyer), store, await customerOf(buyer), [
        { productGuid, quantity },
      ]);
      const line = check.cart.lines[0];
      if (!check.priced[0]?.product || check.priced[0].status === 'hidden')
        throw new AppError('not-found', 'The store has no such product.');
      if (!line?.orderable) throw new AppError('product-not-orderable', line?.problem ?? undefined);
      const others = record.lines.filter((l) => l.productGuid !== productGuid);
      return saveLines(store, buyer, [...others, { productGuid, quantity }]);
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

    /** Places the cart: saved Processing, order-request emails sent (each as the store switches it, R18), import started. */
    async placeOrder(
      store: Store,
      buyer: Buyer,
      input: { deliveryAddress: DeliveryAddress; comment?: string | null },
    ): Promise<Order> {
      const customer = await customerOf(buyer);
      const { cart, priced } = await cartOf(store, buyer);
      if (cart.lines.length === 0) throw new AppError('cart-cannot-be-placed', 'The cart is empty.');
      const refused = cart.lines.filter((l) => !l.orderable);
      if (refused.length > 0) {
        throw new AppError(
          'cart-cannot-be-placed',
          `Remove or change: ${refused.map((l) => `${l.code} (${l.problem})`).join('; ')}`,
        );
      }
      if (!input.deliveryAddress.street && !input.deliveryAddress.city) {
        throw new AppError('validation-failed', 'A delivery address needs at least a street or a city.', {
          errors: [{ field: 'deliveryAddress', message: 'needs at least a street or a city' }],
        });
      }
      const now = deps.clock.now().toISOString();
      const a = input.deliveryAddress;
      const order: Order = {
        id: randomUUID(),
        storeId: store.id,
        unleashedGuid: randomUUID(),
        customerGuid: customer.guid,
        customerCode: customer.code,
        placedByEmail: buyer.contact.email,
        status: 'processing',
        importState: 'queued',
        importError: null,
        importAttempts: 0,
        unleashedOrderNumber: null,
        unleashedStatus: null,
        deliveryAddress: {
          type: 'Shipping',
          name: a.name ?? null,
          street: a.street ?? null,
          street2: a.street2 ?? null,
          suburb: a.suburb ?? null,
          city: a.city ?? null,
          region: a.region ?? null,
          country: a.country ?? null,
          postalCode: a.postalCode ?? null,
          isDefault: false,
        },
        comment: input.comment ?? null,
        lines: priced.map(({ line, lineTax }, index) => ({
          lineNumber: index + 1,
          productGuid: line.productGuid,
          productCode: line.code,
          description: line.description,
          quantity: line.quantity,
          unitPrice: line.unitPrice ?? 0,
          discountRate: 0,
          lineTotal: line.lineTotal ?? 0,
          lineTax,
        })),
        charges: [],
        taxCode: customer.taxCode ?? store.taxCode,
        taxRate: cart.taxRate,
        subTotal: cart.subTotal,
        taxTotal: cart.taxTotal,
        total: cart.total,
        createdAt: now,
        importedAt: null,
        completedAt: null,
        updatedAt: now,
      };
      await deps.orders.save(order);
      await saveLines(store, buyer, []);
      const summary = {
        orderNumber: order.id.slice(0, 8).toUpperCase(),
        placedAt: now,
        customerName: customer.name,
        currency: customer.currency ?? 'NZD',
        lines: order.lines.map((l) => ({
          productCode: l.productCode,
          description: l.description,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          lineTotal: l.lineTotal,
        })),
        subTotal: order.subTotal,
        taxTotal: order.taxTotal,
        total: order.total,
        deliveryAddress: [
          a.name,
          a.street,
          a.street2,
          a.suburb,
          a.city,
          a.region,
          a.postalCode,
          a.country,
        ].filter((x): x is string => !!x),
        comment: order.comment,
        orderUrl: `${deps.publicBaseUrl}/#/orders/${order.id}`,
      };
      const { orderRequestEmailToBuyer, orderRequestEmailToAdmin } = orderSettings(store);
      if (orderRequestEmailToBuyer)
        await deps.email.send(
          store.id,
          'order-request-buyer',
          buyer.contact.email,
          { firstName: buyer.contact.firstName, order: summary },
          { deliverNow: false },
        );
      if (orderRequestEmailToAdmin)
        await deps.email.send(
          store.id,
          'order-request-admin',
          store.adminEmail,
          {
            order: { ...summary, orderUrl: `${deps.publicBaseUrl}/#/admin/orders` },
            placedByEmail: buyer.contact.email,
            placedOnBehalfBy: null,
          },
          { deliverNow: false },
        );
      deps.pushOrders(store.id);
      return order;
    },
  };
}

export type OrderingService = ReturnType<typeof createOrderingService>;
