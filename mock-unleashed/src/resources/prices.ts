// Which ProductPrices rows apply: a row is valid from ValidFrom to ValidTo inclusive (null = open-ended).
import { fromWireDate, startOfUtcDay } from '../dates.ts';
import { round2 } from '../money.ts';
import type { Product, ProductPrice } from '../types.ts';

/** Whether the row applies on the day containing `at` (ms). */
export function isPriceValidOn(price: ProductPrice, at: number): boolean {
  const day = startOfUtcDay(at);
  const from = fromWireDate(price.ValidFrom);
  const to = fromWireDate(price.ValidTo);
  return (from === null || startOfUtcDay(from) <= day) && (to === null || startOfUtcDay(to) >= day);
}

/**
 * The customer's own price for a product on a day (a row for that customer, minimum quantity 1, valid then),
 * the lowest when several apply; null when there is none. This is what `customerCode` puts in CustomerSellPrice.
 */
export function customerSellPrice(
  prices: readonly ProductPrice[],
  customerCode: string,
  productGuid: string,
  at: number,
): number | null {
  const code = customerCode.toLowerCase();
  let best: number | null = null;
  for (const price of prices) {
    if (price.Customer?.CustomerCode?.toLowerCase() !== code) continue;
    if (price.Product.Guid?.toLowerCase() !== productGuid.toLowerCase()) continue;
    if (price.MinimumQuantity > 1 || !isPriceValidOn(price, at)) continue;
    if (best === null || price.CustomerPrice < best) best = price.CustomerPrice;
  }
  return best;
}

/**
 * Keeps a product's ProductPrices rows in step after the product is written: the embedded code and description,
 * DefaultSellPrice, and the CustomerPrice of Discount rows (DiscountValue % off the new DefaultSellPrice), so that
 * the rows and CustomerSellPrice never show a price derived from an old sell price.
 */
export function refreshPriceRows(prices: readonly ProductPrice[], product: Product): void {
  const guid = product.Guid.toLowerCase();
  const sell = product.DefaultSellPrice ?? null;
  for (const row of prices) {
    if (row.Product.Guid?.toLowerCase() !== guid) continue;
    row.Product = {
      Guid: product.Guid,
      ProductCode: product.ProductCode,
      ProductDescription: product.ProductDescription,
    };
    row.DefaultSellPrice = sell;
    if (row.PriceType === 'Discount' && typeof row.DiscountValue === 'number') {
      row.CustomerPrice = round2((sell ?? 0) * (1 - row.DiscountValue / 100));
    }
  }
}
