// The one engine that decides whether lines and an order meet the store's order rules (B4), wherever an order is
// formed (cart, quick order, CSV import, reorder, standing-order runs, acting, placement). Pure: the caller
// resolves each line's rule and the customer's minimum order value first (order-rules.service.ts).
import type { components } from '../../../openapi/generated/gateway.d.ts';
import { AppError } from '../http/problems.ts';
import { checkOrderValue, type OrderValueBreach } from './order-value.ts';
import { checkQuantity, type QuantityBreach, type QuantityRule } from './quantity-rules.ts';

export interface RuledLine {
  productGuid: string;
  productCode: string;
  quantity: number;
  rule: QuantityRule;
}

export type LineBreach = QuantityBreach & { productGuid: string; productCode: string };
export type RuleBreach = LineBreach | OrderValueBreach;
/** A breach as the API carries it (problem+json ruleBreaches, a cart line's ruleBreach). */
export type OrderRuleBreach = components['schemas']['OrderRuleBreach'];

/** Every line that breaks its quantity rule, in line order. */
export function lineBreaches(lines: readonly RuledLine[]): LineBreach[] {
  const breaches: LineBreach[] = [];
  for (const line of lines) {
    const breach = checkQuantity(line.rule, line.quantity);
    if (breach)
      breaches.push({
        ...breach,
        productGuid: line.productGuid,
        productCode: line.productCode,
        message: `${line.productCode}: ${breach.message}`,
      });
  }
  return breaches;
}

/** All the rules an order breaks: each line's quantity rule, then the minimum order value (before tax). */
export function orderBreaches(
  lines: readonly RuledLine[],
  subTotal: number,
  minimumOrderValue: number | null,
): RuleBreach[] {
  const value = checkOrderValue(subTotal, minimumOrderValue);
  return [...lineBreaches(lines), ...(value ? [value] : [])];
}

/** The refusal: one problem type, one sentence per broken rule, and the breaches for the UI to show at each line. */
export function orderRuleBroken(breaches: readonly OrderRuleBreach[]): AppError {
  return new AppError('order-rule-broken', breaches.map((b) => b.message).join(' '), {
    ruleBreaches: breaches.map((b) => ({ ...b })),
  });
}

/** Throws order-rule-broken when any rule is broken. */
export function assertOrderRules(
  lines: readonly RuledLine[],
  subTotal: number,
  minimum: number | null,
): void {
  const breaches = orderBreaches(lines, subTotal, minimum);
  if (breaches.length > 0) throw orderRuleBroken(breaches);
}
