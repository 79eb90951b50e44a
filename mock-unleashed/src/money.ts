// Money arithmetic for sales orders: how line and order totals are computed and when sent ones reconcile.

/** Rounds to cents, half away from zero, without binary drift (1.005 → 1.01). */
export function round2(value: number): number {
  const sign = value < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;
}

export interface LineAmounts {
  LineTotal: number;
  LineTax: number;
}

/** LineTotal = qty × price × (1 − discount), LineTax = LineTotal × tax rate, each to the cent. */
export function lineAmounts(
  quantity: number,
  unitPrice: number,
  discountRate: number,
  taxRate: number,
): LineAmounts {
  const LineTotal = round2(quantity * unitPrice * (1 - discountRate));
  return { LineTotal, LineTax: round2(LineTotal * taxRate) };
}

export interface OrderTotals {
  SubTotal: number;
  TaxTotal: number;
  Total: number;
}

/** SubTotal = ΣLineTotal (charge lines included), TaxTotal = ΣLineTax, Total = SubTotal + TaxTotal. */
export function orderTotals(lines: readonly LineAmounts[]): OrderTotals {
  const SubTotal = round2(lines.reduce((sum, line) => sum + line.LineTotal, 0));
  const TaxTotal = round2(lines.reduce((sum, line) => sum + line.LineTax, 0));
  return { SubTotal, TaxTotal, Total: round2(SubTotal + TaxTotal) };
}

/** Whether a sent amount equals the computed one to the cent. */
export function sameCents(sent: number, computed: number): boolean {
  return Math.round(sent * 100) === Math.round(computed * 100);
}

/** Base-currency amount: the order's amount divided by its exchange rate (1 for the base currency). */
export function toBaseCurrency(amount: number, exchangeRate: number): number {
  return round2(amount / (exchangeRate || 1));
}
