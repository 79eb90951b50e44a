// The stock colour band (R17b): green with the count above 10, amber for 10 or fewer, red "Out of stock". The
// count is left out when the store hides counts (available is null). Colour is never the only signal: the
// words say it too.
import type { BuyerProduct } from '../../api/types.ts';
import { formatNumber } from '../../ui/format.ts';

export function StockBadge({ stock }: { stock: BuyerProduct['stock'] }) {
  const count = stock.available === null ? '' : `: ${formatNumber(stock.available)}`;
  const text =
    stock.band === 'plenty'
      ? `In stock${count}`
      : stock.band === 'low'
        ? `Low stock${count}`
        : 'Out of stock';
  return <span class={`stock stock-${stock.band}`}>{text}</span>;
}
