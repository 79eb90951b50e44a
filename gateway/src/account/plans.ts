// The store plans of R7 and what each allows. "Products" counts Visible or Sellable products in a store;
// "customers" counts customers added to a store.
import type { components } from '../../../openapi/generated/gateway.d.ts';

export type Plan = components['schemas']['Plan'];

export interface PlanLimits {
  stores: number;
  /** null = no limit */
  products: number | null;
  customers: number | null;
}

export const PLAN_LIMITS: Record<Plan, PlanLimits> = {
  base: { stores: 1, products: 200, customers: 100 },
  premium: { stores: 1, products: 500, customers: 250 },
  'premium-plus': { stores: 10, products: null, customers: null },
};

const ORDER: Plan[] = ['base', 'premium', 'premium-plus'];

export const PLAN_NAMES: Record<Plan, string> = {
  base: 'Base',
  premium: 'Premium',
  'premium-plus': 'Premium Plus',
};

/** The sentence naming the plan that lifts a limit (R7), e.g. " The Premium plan allows 250."; empty when none does. */
export function liftSentence(plan: Plan, what: keyof PlanLimits, needed: number): string {
  const upgradeTo = planThatLifts(plan, what, needed);
  return upgradeTo
    ? ` The ${PLAN_NAMES[upgradeTo]} plan allows ${PLAN_LIMITS[upgradeTo][what] ?? 'unlimited'}.`
    : '';
}

/** The smallest plan above `plan` whose limit for `what` is at least `needed`; null when none is. */
export function planThatLifts(plan: Plan, what: keyof PlanLimits, needed: number): Plan | null {
  for (const candidate of ORDER.slice(ORDER.indexOf(plan) + 1)) {
    const limit = PLAN_LIMITS[candidate][what];
    if (limit === null || limit >= needed) return candidate;
  }
  return null;
}
