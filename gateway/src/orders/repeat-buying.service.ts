// Repeat buying (B3): reorder a past order, quick add by product code and import a cart from CSV. Every line goes
// through the same checks as adding it from the catalogue (priceCart: in the store, Sellable, priced, in stock
// unless backorders are allowed, and no more than is available then: B9), quantities merge with what the cart
// holds, and prices are resolved as of today.

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { CartLines } from '../cart/cart.reader.ts';
import { MAX_LINE_QUANTITY, parseCartCsv, wholeQuantity } from '../cart/cart-csv.ts';
import { type Cart, priceCart } from '../cart/cart-pricing.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { Product } from '../catalogue/catalogue.types.ts';
import type { Clock } from '../clock.ts';
import type { EffectiveStatuses } from '../custom-catalogues/effective-status.ts';
import type { CustomerReader } from '../customers/customers.reader.ts';
import { AppError } from '../http/problems.ts';
import type { Buyer } from '../invitations/invitations.types.ts';
import { type OrderRuleBreach, orderRuleBroken } from '../order-rules/order-rules.engine.ts';
import type { OrderRules } from '../order-rules/order-rules.service.ts';
import { notEnoughStock, type StockShortfall } from '../order-rules/stock-rule.ts';
import type { Store } from '../stores/stores.types.ts';
import type { OrdersRepo } from './orders.repo.ts';

export type RepeatResult = components['schemas']['RepeatResult'];
export type CartImportResult = components['schemas']['CartImportResult'];

/** The most rows one CSV import reads. */
export const MAX_IMPORT_ROWS = 500;

export interface RepeatBuyingDeps {
  catalogue: CatalogueReader;
  statuses: EffectiveStatuses;
  customers: CustomerReader;
  carts: CartLines;
  orders: OrdersRepo;
  clock: Clock;
  /** The customer's order rules (B4): a merged line breaking its quantity rule is refused with the nearest valid quantity. */
  orderRules: Pick<OrderRules, 'ruleBook'>;
}

export function createRepeatBuying(deps: RepeatBuyingDeps) {
  const { catalogue, statuses, carts, clock } = deps;

  /** Adds each quantity to the cart if the merged line passes the cart's checks; one refusal never blocks the rest. */
  async function merge(store: Store, buyer: Buyer, additions: { productGuid: string; quantity: number }[]) {
    const customer = await deps.customers.getCustomer(store.id, buyer.customer.guid);
    if (!customer) throw new AppError('not-signed-in', 'Your customer is no longer in this store.');
    const today = clock.now().toISOString().slice(0, 10);
    const pricing = { catalogue, statuses, today, rules: await deps.orderRules.ruleBook(store.id, customer) };
    const problems: (string | null)[] = [];
    const breaches: (OrderRuleBreach | null)[] = [];
    const shortfalls: (StockShortfall | null)[] = [];
    // Read, merged and saved as one step: a line set meanwhile (another tab, another instance) is not lost.
    const { after: merged } = await carts.change(
      store.id,
      buyer.contact.guid,
      async (saved) => {
        const lines = new Map(saved.map((l) => [l.productGuid, l.quantity]));
        for (const { productGuid, quantity: more } of additions) {
          const quantity = (lines.get(productGuid) ?? 0) + more;
          const checked = (await priceCart(pricing, store, customer, [{ productGuid, quantity }])).cart;
          const line = checked.lines[0];
          breaches.push(line?.ruleBreach ?? null);
          shortfalls.push(line?.stockShortfall ?? null);
          if (quantity > MAX_LINE_QUANTITY)
            problems.push(`A cart line holds at most ${MAX_LINE_QUANTITY} units.`);
          else if (!line?.orderable) problems.push(line?.problem ?? 'This product cannot be ordered.');
          else {
            lines.set(productGuid, quantity);
            problems.push(null);
          }
        }
        if (!problems.includes(null)) return undefined;
        return [...lines].map(([productGuid, quantity]) => ({ productGuid, quantity }));
      },
      clock.now().toISOString(),
    );
    const { cart } = await priceCart(pricing, store, customer, merged);
    return { problems, breaches, shortfalls, cart };
  }

  /** The products a buyer may look up by code (not Hidden for its customer (R17), not obsolete), by lower-cased code. */
  async function byCode(store: Store, buyer: Buyer): Promise<Map<string, Product>> {
    const statusOf = await statuses.forCustomer(store.id, buyer.customer.guid);
    const products = (await catalogue.listProducts(store.id)).filter(
      (p) => !p.obsolete && statusOf(p) !== 'hidden',
    );
    return new Map(products.map((p) => [p.code.toLowerCase(), p]));
  }

  return {
    /** Copies a past order of the buyer's customer into the cart; another customer's order is "not found". */
    async reorder(store: Store, buyer: Buyer, orderId: string): Promise<RepeatResult> {
      const order = await deps.orders.get(store.id, orderId);
      if (!order || order.customerGuid !== buyer.customer.guid)
        throw new AppError('not-found', 'There is no such order.');
      const { problems, cart } = await merge(store, buyer, order.lines);
      return {
        lines: order.lines.map((l, i) => ({
          code: l.productCode,
          quantity: l.quantity,
          added: problems[i] === null,
          problem: problems[i] ?? null,
        })),
        cart,
      };
    },

    /** Adds a quantity of a product by its code (any case); refused whole with the reason. */
    async quickAdd(store: Store, buyer: Buyer, code: string, quantity: number): Promise<Cart> {
      const product = (await byCode(store, buyer)).get(code.trim().toLowerCase());
      if (!product)
        throw new AppError('not-found', `There is no product with code ${code.trim()} in this store.`);
      const { problems, breaches, shortfalls, cart } = await merge(store, buyer, [
        { productGuid: product.guid, quantity },
      ]);
      if (breaches[0]) throw orderRuleBroken([breaches[0]]);
      if (shortfalls[0]) throw notEnoughStock([shortfalls[0]]);
      if (problems[0]) throw new AppError('product-not-orderable', problems[0]);
      return cart;
    },

    /** Adds every good row of a CSV and reports each row; a file with no good rows changes nothing. */
    async importCsv(store: Store, buyer: Buyer, text: string): Promise<CartImportResult> {
      const rows = parseCartCsv(text, MAX_IMPORT_ROWS);
      if (rows.length === 0)
        throw new AppError('validation-failed', 'The file has no rows with a product code.');
      if (rows.length > MAX_IMPORT_ROWS)
        throw new AppError(
          'validation-failed',
          `The file has more than ${MAX_IMPORT_ROWS} rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
        );
      const products = await byCode(store, buyer);
      const report = rows.map(({ row, code, quantityText }) => {
        const quantity = wholeQuantity(quantityText);
        const product = products.get(code.toLowerCase());
        const problem = !code
          ? 'The row has no product code.'
          : !product
            ? 'There is no product with this code in the store.'
            : quantity === null
              ? `The quantity "${quantityText}" is not a whole number from 1 to ${MAX_LINE_QUANTITY}.`
              : null;
        return { row, code, quantity, product, problem };
      });
      const good = report.filter((r) => r.problem === null);
      const additions = good.map((r) => ({ productGuid: r.product?.guid ?? '', quantity: r.quantity ?? 0 }));
      const { problems, breaches, cart } = await merge(store, buyer, additions);
      const breachOf = new Map<number, OrderRuleBreach>();
      good.forEach((r, i) => {
        r.problem = problems[i] ?? null;
        const breach = breaches[i];
        if (breach && r.problem !== null) breachOf.set(r.row, { ...breach, row: r.row });
      });
      const reported = report.map(({ row, code, quantity, problem }) => ({
        row,
        code,
        quantity,
        added: problem === null,
        problem,
        ruleBreach: breachOf.get(row) ?? null,
      }));
      const added = reported.filter((r) => r.added).length;
      return { rows: reported, added, refused: reported.length - added, cart };
    },
  };
}

export type RepeatBuying = ReturnType<typeof createRepeatBuying>;
