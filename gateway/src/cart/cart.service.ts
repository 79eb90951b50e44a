// A buyer's cart (R18, R19): one per contact and store, each line checked as it is set (in the store, orderable
// for the buyer's customer, within its order rules and the stock rule) and the whole cart answered priced.
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
import type { CartsRepo } from './cart.repo.ts';
import { type Cart, priceCart } from './cart-pricing.ts';

export interface CartDeps {
  catalogue: CatalogueReader;
  /** R17: a product's status for the buyer's customer (Base and its custom catalogues). */
  statuses: EffectiveStatuses;
  customers: CustomerReader;
  carts: CartsRepo;
  clock: Clock;
  /** The customer's order rules (B4), checked as lines are set. */
  orderRules: Pick<OrderRules, 'ruleBook'>;
}

/** The buyer's customer as stored now; a customer gone from the store signs its buyers out. */
export async function customerOfBuyer(customers: CustomerReader, buyer: Buyer): Promise<Customer> {
  const customer = await customers.getCustomer(buyer.store.id, buyer.customer.guid);
  if (!customer) throw new AppError('not-signed-in', 'Your customer is no longer in this store.');
  return customer;
}

export function createCartService(deps: CartDeps) {
  const today = () => deps.clock.now().toISOString().slice(0, 10);
  const customerOf = (buyer: Buyer) => customerOfBuyer(deps.customers, buyer);
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
  };
}

export type CartService = ReturnType<typeof createCartService>;
