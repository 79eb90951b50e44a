// Money and quantities as the buyer pages show them. The gateway sends plain numbers in the store's currency
// (it names none), so amounts are shown with two decimals and no symbol.

const money = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `16.5` → `16.50`; a missing price → an em dash. */
export function formatMoney(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : money.format(value);
}

/** `0.15` → `15%`. */
export function formatRate(rate: number): string {
  return `${Math.round(rate * 10_000) / 100}%`;
}
