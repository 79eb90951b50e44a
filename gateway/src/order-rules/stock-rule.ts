// The one place that decides what a line's quantity may be against the stock (B9, R17b), wherever an order is
// formed (product page, cart, quick order, CSV import, reorder, standing-order runs, acting, placement): with the
// store selling out-of-stock products (Sellable) the part past the available stock is a backorder; otherwise
// (Hidden, Visible) asking for more than is available is refused, naming how many are: nothing available is the
// same refusal (422 not-enough-stock, "none available"), so every path tells the buyer the figure the same way.
import type { components } from '../../../openapi/generated/gateway.d.ts';
import { AppError } from '../http/problems.ts';
import type { storeDisplay } from '../stores/stores.types.ts';

export type StockShortfall = components['schemas']['StockShortfall'];

/** The store's out-of-stock setting and stock-counts switch, as storeDisplay gives them. */
export type StockSettings = ReturnType<typeof storeDisplay>;

export interface StockCheck {
  /** How much of the quantity is ordered past the available stock (only when backorders are taken). */
  backorderQuantity: number;
  shortfall: StockShortfall | null;
}

/** Whether the store takes orders past the available stock (R17b: its out-of-stock setting is Sellable). */
export const takesBackorders = (settings: Pick<StockSettings, 'outOfStockPolicy'>): boolean =>
  settings.outOfStockPolicy === 'sellable';

/** Checks one line's quantity against what is available now. */
export function checkStock(
  settings: StockSettings,
  line: { productGuid: string; productCode: string; quantity: number },
  available: number,
): StockCheck {
  const inStock = Math.max(0, Math.floor(available));
  const past = Math.max(0, line.quantity - inStock);
  if (past === 0) return { backorderQuantity: 0, shortfall: null };
  if (takesBackorders(settings)) return { backorderQuantity: past, shortfall: null };
  const shown = settings.showStockCounts ? inStock : null;
  const message =
    inStock === 0
      ? `${line.productCode}: ${shown === null ? 'out of stock' : 'none available'}.`
      : shown === null
        ? `${line.productCode}: not enough in stock for ${line.quantity}.`
        : `${line.productCode}: only ${shown} available.`;
  return {
    backorderQuantity: 0,
    shortfall: {
      productGuid: line.productGuid,
      productCode: line.productCode,
      quantity: line.quantity,
      available: shown,
      message,
    },
  };
}

/** The refusal (422 not-enough-stock): one sentence per short line, and the lines for the UI to show. */
export function notEnoughStock(shortfalls: readonly StockShortfall[]): AppError {
  return new AppError('not-enough-stock', shortfalls.map((s) => s.message).join(' '), {
    stockShortfalls: shortfalls.map((s) => ({ ...s })),
  });
}

/** What Unleashed receives in a backordered line's Comments (R17b): its sales orders have no per-line status. */
export const backorderComment = (backorderQuantity: number, quantity: number): string =>
  `Backorder: ${backorderQuantity} of ${quantity} ordered past the stock available in the portal.`;
