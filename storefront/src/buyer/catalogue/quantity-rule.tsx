// A product's quantity rule as buyers see it (B4): "min 6, in 6s" under the price, and the first quantity that
// meets it as what add-to-cart offers.
import type { BuyerProduct } from '../../api/types.ts';

/** The smallest quantity the rule allows (1 when the product has none). */
export function firstValidQuantity(rule: BuyerProduct['quantityRule']): number {
  const step = rule?.multiple && rule.multiple > 1 ? rule.multiple : 1;
  return Math.ceil(Math.max(1, rule?.minimum ?? 1) / step) * step;
}

export function QuantityRuleNote({ product }: { product: BuyerProduct }) {
  const label = product.quantityRule?.label;
  return label ? <p class="quantity-rule">Order {label}</p> : null;
}
