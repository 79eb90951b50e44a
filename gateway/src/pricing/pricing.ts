// A buyer's own price for a product (R17a), resolved in the order Unleashed uses on sales orders:
// (1) a customer-specific price valid today, (2) the quantity break with the highest minimum the quantity
// meets, (3) the customer's sell price tier less the customer's discount, (4) the product's default sell price.
// The answer says which rule produced it, so an admin can see why a buyer pays what they pay. No buyer price is
// below the product's MinimumSellPrice (B4's price floor; Unleashed checks the same on sales orders): a lower
// price is raised to it, and the explanation says so.
import type { PriceRule, PriceTier, Product } from '../catalogue/catalogue.types.ts';
import type { Customer } from '../customers/customers.types.ts';

export type PriceSource = 'customer-price' | 'quantity-break' | 'tier' | 'default';

export interface ResolvedPrice {
  /** Unit price, to 4 decimals as Unleashed keeps it; null when the product has no price at all. */
  price: number | null;
  source: PriceSource | null;
  /** A sentence for the admin, e.g. "Tier Trade (18.00) less the customer's 5% discount". */
  explanation: string;
  /** The ProductPrices row that applied, for sources 1 and 2. */
  ruleGuid: string | null;
  /** Whether the price was raised to the product's MinimumSellPrice. */
  floorApplied: boolean;
}

export interface PriceInput {
  product: Pick<Product, 'guid' | 'defaultSellPrice' | 'tierPrices'> & { minimumSellPrice?: number | null };
  customer: Pick<Customer, 'guid' | 'sellPriceTier' | 'discountRate'>;
  /** The product's price rules (any customer). */
  rules: readonly PriceRule[];
  tiers: readonly PriceTier[];
  quantity: number;
  /** The day prices are resolved for, `YYYY-MM-DD` (the store's today). */
  today: string;
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;
const money = (value: number) => value.toFixed(2);

/** Whether a price row is valid on `today` (`YYYY-MM-DD`; validity dates are inclusive). */
export function validOn(rule: PriceRule, today: string): boolean {
  const from = rule.validFrom?.slice(0, 10);
  const to = rule.validTo?.slice(0, 10);
  return (!from || from <= today) && (!to || to >= today);
}

/** Resolves one price; see the module comment for the order and the floor. */
export function resolvePrice(input: PriceInput): ResolvedPrice {
  const resolved = resolveListPrice(input);
  const floor = input.product.minimumSellPrice ?? null;
  if (resolved.price === null || floor === null || resolved.price >= floor) return resolved;
  return {
    ...resolved,
    price: round4(floor),
    floorApplied: true,
    explanation: `${resolved.explanation}, raised to the product's minimum sell price (${money(floor)})`,
  };
}

function resolveListPrice({
  product,
  customer,
  rules,
  tiers,
  quantity,
  today,
}: PriceInput): Omit<ResolvedPrice, 'floorApplied'> & { floorApplied: false } {
  const live = rules.filter((rule) => rule.productGuid === product.guid && validOn(rule, today));

  const own = live.filter((rule) => rule.customerGuid === customer.guid && rule.minimumQuantity <= 1);
  const ownBest = own.sort((a, b) => a.price - b.price)[0];
  if (ownBest) {
    return {
      price: round4(ownBest.price),
      source: 'customer-price',
      explanation: `The customer's own price (${money(ownBest.price)})`,
      ruleGuid: ownBest.guid,
      floorApplied: false,
    };
  }

  const breaks = live.filter(
    (rule) =>
      rule.minimumQuantity > 1 &&
      rule.minimumQuantity <= quantity &&
      (rule.customerGuid === null || rule.customerGuid === customer.guid),
  );
  const bestBreak = breaks.sort((a, b) => b.minimumQuantity - a.minimumQuantity || a.price - b.price)[0];
  if (bestBreak) {
    return {
      price: round4(bestBreak.price),
      source: 'quantity-break',
      explanation: `Quantity break from ${bestBreak.minimumQuantity} units (${money(bestBreak.price)})`,
      ruleGuid: bestBreak.guid,
      floorApplied: false,
    };
  }

  const tierName = customer.sellPriceTier?.trim().toLowerCase();
  const tier = tierName ? tiers.find((t) => t.name.trim().toLowerCase() === tierName) : undefined;
  const tierPrice = tier ? product.tierPrices[tier.number - 1] : null;
  if (tier && tierPrice !== null && tierPrice !== undefined) {
    const discount = customer.discountRate ?? 0;
    const less = discount > 0 ? ` less the customer's ${round4(discount * 100)}% discount` : '';
    return {
      price: round4(tierPrice * (1 - discount)),
      source: 'tier',
      explanation: `Tier ${tier.name} (${money(tierPrice)})${less}`,
      ruleGuid: null,
      floorApplied: false,
    };
  }

  if (product.defaultSellPrice !== null) {
    return {
      price: round4(product.defaultSellPrice),
      source: 'default',
      explanation: `The product's default sell price (${money(product.defaultSellPrice)})`,
      ruleGuid: null,
      floorApplied: false,
    };
  }
  return {
    price: null,
    source: null,
    explanation: 'The product has no price in Unleashed',
    ruleGuid: null,
    floorApplied: false,
  };
}
