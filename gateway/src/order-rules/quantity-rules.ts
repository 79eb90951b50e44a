// Per-product quantity rules (B4): which minimum / maximum / multiple applies to a customer's line, layered from
// the store's defaults, Unleashed's own product fields, the store's override and the customer's override, and
// whether a quantity meets them (with the nearest quantity that does). Pure: no I/O.

/** A quantity rule; null is "no such limit". A multiple of 1 is no multiple. */
export interface QuantityRule {
  minimum: number | null;
  maximum: number | null;
  multiple: number | null;
}

/** An override row: a null field inherits from the layer below it. */
export type QuantityRuleOverride = QuantityRule;

export const NO_QUANTITY_RULE: QuantityRule = { minimum: null, maximum: null, multiple: null };

/** What Unleashed says about a product (its MinimumSaleQuantity and PackSize). */
export interface UnleashedQuantityFields {
  minimumSaleQuantity: number | null;
  packSize: number | null;
}

export interface QuantityRuleLayers {
  /** The store's defaults, used only where Unleashed has nothing. */
  storeDefault: QuantityRule;
  unleashed: UnleashedQuantityFields;
  store: QuantityRuleOverride | null;
  customer: QuantityRuleOverride | null;
}

/** Unleashed's fields as a rule: a positive MinimumSaleQuantity (rounded up: the store sells whole units) and a
 * PackSize only when it is a whole number above 1 (a PackSize of 2.5 kg says nothing about how many to order). */
export function unleashedQuantityRule(u: UnleashedQuantityFields): QuantityRule {
  const min = u.minimumSaleQuantity;
  const pack = u.packSize;
  return {
    minimum: min !== null && min > 1 ? Math.ceil(min) : null,
    maximum: null,
    multiple: pack !== null && Number.isInteger(pack) && pack > 1 ? pack : null,
  };
}

const layer = (below: QuantityRule, above: QuantityRuleOverride | null): QuantityRule =>
  above
    ? {
        minimum: above.minimum ?? below.minimum,
        maximum: above.maximum ?? below.maximum,
        multiple: above.multiple ?? below.multiple,
      }
    : below;

/** The rule a customer's line follows: customer override over store override over Unleashed over store defaults. */
export function quantityRuleOf(layers: QuantityRuleLayers): QuantityRule {
  const fromUnleashed = unleashedQuantityRule(layers.unleashed);
  const base: QuantityRule = {
    minimum: fromUnleashed.minimum ?? layers.storeDefault.minimum,
    maximum: layers.storeDefault.maximum,
    multiple: fromUnleashed.multiple ?? layers.storeDefault.multiple,
  };
  return layer(layer(base, layers.store), layers.customer);
}

/** The rule as a buyer reads it: "min 6, in 6s, max 120"; null when the product has no rule. */
export function describeQuantityRule(rule: QuantityRule): string | null {
  const parts: string[] = [];
  if (rule.minimum !== null && rule.minimum > 1) parts.push(`min ${rule.minimum}`);
  if (rule.multiple !== null && rule.multiple > 1) parts.push(`in ${rule.multiple}s`);
  if (rule.maximum !== null) parts.push(`max ${rule.maximum}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

const validFor = (rule: QuantityRule, q: number) =>
  q >= Math.max(1, rule.minimum ?? 1) &&
  (rule.maximum === null || q <= rule.maximum) &&
  (rule.multiple === null || rule.multiple <= 1 || q % rule.multiple === 0);

/** The valid quantity closest to `quantity` (ties go up); null when no quantity meets the rule. */
export function nearestValidQuantity(rule: QuantityRule, quantity: number): number | null {
  const step = rule.multiple !== null && rule.multiple > 1 ? rule.multiple : 1;
  const low = Math.max(1, rule.minimum ?? 1);
  const first = Math.ceil(low / step) * step;
  const last = rule.maximum === null ? Number.POSITIVE_INFINITY : Math.floor(rule.maximum / step) * step;
  if (first > last) return null;
  if (quantity <= first) return first;
  if (quantity >= last) return last;
  const down = Math.floor(quantity / step) * step;
  const up = down === quantity ? down : down + step;
  return quantity - down < up - quantity ? Math.max(first, down) : Math.min(last, up);
}

export type QuantityRuleName = 'minimum-quantity' | 'maximum-quantity' | 'quantity-multiple';

export interface QuantityBreach {
  rule: QuantityRuleName;
  quantity: number;
  nearestQuantity: number | null;
  message: string;
}

/** Whether `quantity` meets the rule; a breach names the rule broken first and the nearest valid quantity. */
export function checkQuantity(rule: QuantityRule, quantity: number): QuantityBreach | null {
  if (validFor(rule, quantity)) return null;
  const nearestQuantity = nearestValidQuantity(rule, quantity);
  const suggestion =
    nearestQuantity === null
      ? ' No quantity meets this product’s rules; ask the store.'
      : ` The nearest quantity that can be ordered is ${nearestQuantity}.`;
  const done = (name: QuantityRuleName, sentence: string): QuantityBreach => ({
    rule: name,
    quantity,
    nearestQuantity,
    message: sentence + suggestion,
  });
  if (rule.minimum !== null && quantity < rule.minimum)
    return done('minimum-quantity', `At least ${rule.minimum} must be ordered; ${quantity} is fewer.`);
  if (rule.maximum !== null && quantity > rule.maximum)
    return done('maximum-quantity', `At most ${rule.maximum} can be ordered at once; ${quantity} is more.`);
  return done(
    'quantity-multiple',
    `Sold in ${rule.multiple}s; ${quantity} is not a multiple of ${rule.multiple}.`,
  );
}
