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
  /** Saves the lines and answers the cart as they price now. */
  const saveLines = async (record: CartRecord, price: PriceLines, lines: Lines): Promise<Cart> => {
    await deps.carts.save({ ...record, lines, updatedAt: now() });
    return (await price(lines)).cart;
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
      const record = await savedCart(store, buyer);
      const price = await pricerFor(store, buyer);
      const check = await price([{ productGuid, quantity }]);
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
      return saveLines(record, price, lines);
    },

    async removeLine(store: Store, buyer: Buyer, productGuid: string): Promise<Cart> {
      const record = await savedCart(store, buyer);
      const price = await pricerFor(store, buyer);
      return saveLines(
        record,
        price,
        record.lines.filter((l) => l.productGuid !== productGuid),
      );
    },

    async empty(store: Store, buyer: Buyer): Promise<Cart> {
      const record = await savedCart(store, buyer);
      return saveLines(record, await pricerFor(store, buyer), []);
    },

    /** The lines an order is placed from, as saved (the placement prices them, once). */
    savedLines: async (store: Store, buyer: Buyer) => (await savedCart(store, buyer)).lines,

    /** Empties the cart an order was just placed from; nothing is priced, as nobody reads the empty cart. */
    clear: (store: Store, buyer: Buyer) =>
      deps.carts.save({ storeId: store.id, contactGuid: buyer.contact.guid, lines: [], updatedAt: now() }),
  };
}

export type CartService = ReturnType<typeof createCartService>;
