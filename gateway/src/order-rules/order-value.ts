// The minimum order value (B4): the store's amount before tax, overridden per customer type and per customer,
// and what a cart still needs to reach it. Pure: no I/O.

export interface OrderValueMinimums {
  store: number | null;
  /** Customer type (as Unleashed names it) → its minimum; null in a row inherits the store's. */
  customerTypes: ReadonlyMap<string, number | null>;
  /** The customer's own override; null inherits. */
  customer: number | null;
}

/** The minimum a customer's order must reach: its own, else its customer type's, else the store's (null: none). */
export function minimumOrderValueOf(
  minimums: OrderValueMinimums,
  customerType: string | null,
): number | null {
  if (minimums.customer !== null) return minimums.customer;
  const ofType = customerType === null ? null : (minimums.customerTypes.get(customerType) ?? null);
  return ofType ?? minimums.store;
}

export interface OrderValueBreach {
  rule: 'minimum-order-value';
  minimumOrderValue: number;
  amountNeeded: number;
  message: string;
}

const money = (value: number) => value.toFixed(2);

/** Whether a subtotal before tax reaches the minimum; a breach says how much more is needed. */
export function checkOrderValue(subTotal: number, minimum: number | null): OrderValueBreach | null {
  if (minimum === null || minimum <= 0 || subTotal >= minimum) return null;
  const amountNeeded = Math.round((minimum - subTotal) * 100) / 100;
  return {
    rule: 'minimum-order-value',
    minimumOrderValue: minimum,
    amountNeeded,
    message: `Add ${money(amountNeeded)} more to reach the ${money(minimum)} minimum order value (before tax).`,
  };
}
