// A buyer's cart (R18, R19): one per contact and store, each line checked as it is set (in the store, orderable
// for the buyer's customer, within its order rules and the stock rule) and the whole cart answered priced.
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { Clock } from '../clock.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import type { Customer } from '../customers/customers.types.ts';
import { AppError } from '../http/problems.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import { orderRuleBroken } from '../order-rules/order-rules.engine.ts';
import type { OrderRules } from '../order-rules/order-rules.service.ts';
import { notEnoughStock } from '../order-rules/stock-rule.ts';
import type { Store } from '../stores/stores.types.ts';
import type { CartRecord, CartsRepo } from './cart.repo.ts';
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

type Lines = CartRecord['lines'];
type PriceLines = (lines: Lines) => ReturnType<typeof priceCart>;

export function createCartService(deps: CartDeps) {
  const now = () => deps.clock.now().toISOString();
  /** Prices lines for the buyer: its customer and the customer's order rules are read once per request. */
  const pricerFor = async (store: Store, buyer: Buyer): Promise<PriceLines> => {
    const customer = await customerOfBuyer(deps.customers, buyer);
    const rules = await deps.orderRules.ruleBook(store.id, customer);
    const pricing = { catalogue: deps.catalogue, statuses: deps.statuses, today: now().slice(0, 10), rules };
    return (lines) => priceCart(pricing, store, customer, lines);
  };
  /** Changes the saved lines as one step (CartsRepo.change) and answers the cart as they price now. */
  const changeLines = async (
    store: Store,
    buyer: Buyer,
    price: PriceLines,
    update: (lines: Lines) => Lines,
  ) => {
    const { after } = await deps.carts.change(store.id, buyer.contact.guid, update, now());
    return (await price(after)).cart;
  };
  const savedCart = (store: Store, buyer: Buyer) => deps.carts.get(store.id, buyer.contact.guid);

  return {
    async getCart(store: Store, buyer: Buyer): Promise<Cart> {
      const record = await savedCart(store, buyer);
      const price = await pricerFor(store, buyer);
      return (await price(record.lines)).cart;
    },

    /** Sets a line's quantity; refuses a product this buyer cannot order (and keeps the cart as it was). */
    async setLine(store: Store, buyer: Buyer, productGuid: string, quantity: number): Promise<Cart> {
      const price = await pricerFor(store, buyer);
      const check = await price([{ productGuid, quantity }]);
      const line = check.cart.lines[0];
      if (!check.priced[0]?.product || check.priced[0].status === 'hidden')
        throw new AppError('not-found', 'The store has no such product.');
      if (line?.ruleBreach) throw orderRuleBroken([line.ruleBreach]);
      if (line?.stockShortfall) throw notEnoughStock([line.stockShortfall]);
      if (!line?.orderable) throw new AppError('product-not-orderable', line?.problem ?? undefined);
      // An updated line keeps its place in the cart; a new one goes last.
      return changeLines(store, buyer, price, (lines) =>
        lines.some((l) => l.productGuid === productGuid)
          ? lines.map((l) => (l.productGuid === productGuid ? { productGuid, quantity } : l))
          : [...lines, { productGuid, quantity }],
      );
    },

    async removeLine(store: Store, buyer: Buyer, productGuid: string): Promise<Cart> {
      const price = await pricerFor(store, buyer);
      return changeLines(store, buyer, price, (lines) => lines.filter((l) => l.productGuid !== productGuid));
    },

    async empty(store: Store, buyer: Buyer): Promise<Cart> {
      return changeLines(store, buyer, await pricerFor(store, buyer), () => []);
    },

    /**
     * Empties the cart and answers the lines it held, for an order placed from them in the caller's transaction:
     * a line set meanwhile waits for that transaction, so it is never emptied away unordered. Nothing is priced
     * here (the placement prices the lines, once).
     */
    takeLines: async (store: Store, buyer: Buyer) =>
      (await deps.carts.change(store.id, buyer.contact.guid, () => [], now())).before,
  };
}

export type CartService = ReturnType<typeof createCartService>;
