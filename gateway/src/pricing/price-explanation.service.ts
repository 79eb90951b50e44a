// The admin's price explanation (R17a): for any customer and product at a quantity, the price a buyer would pay,
// the rule that produced it, and every input resolvePrice considered, so "why does X pay Y?" needs no guessing;
// with the unit price at each quantity and any break that raises it (price-breaks.ts).

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { PriceRule } from '../catalogue/catalogue.types.ts';
import type { Clock } from '../clock.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import { AppError } from '../http/problems.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { priceSteps, raisingBreaks } from './price-breaks.ts';
import { type PriceSource, resolvePrice, validOn } from './pricing.ts';

export type PriceExplanation = components['schemas']['PriceExplanation'];
type RuleInput = components['schemas']['PriceRuleInput'];

/** The spec's rule names for resolvePrice's sources. */
const RULE_NAMES: Record<PriceSource, NonNullable<PriceExplanation['rule']>> = {
  'customer-price': 'customer-price',
  'quantity-break': 'quantity-break',
  tier: 'tier-less-discount',
  default: 'default-sell-price',
};

export function createPriceExplanation(deps: {
  catalogue: CatalogueReader;
  directory: CustomerDirectory;
  stores: StoresService;
  clock: Clock;
}) {
  return {
    /** Explains the price; 404 for a customer or product the store's Unleashed data does not have. */
    async explain(
      storeId: string,
      customerGuid: string,
      productGuid: string,
      quantity: number,
    ): Promise<PriceExplanation> {
      await deps.stores.get(storeId);
      const customer = await deps.directory.customer(storeId, customerGuid);
      if (!customer) throw new AppError('not-found', `There is no customer ${customerGuid} in this store.`);
      const product = await deps.catalogue.getProduct(storeId, productGuid);
      if (!product) throw new AppError('not-found', `There is no product ${productGuid} in this store.`);
      const today = deps.clock.now().toISOString().slice(0, 10);
      const rules = await deps.catalogue.listPriceRules(storeId, productGuid);
      const tiers = await deps.catalogue.listPriceTiers(storeId);
      const resolved = resolvePrice({ product, customer, rules, tiers, quantity, today });
      const steps = priceSteps({ product, customer, rules, tiers, today });

      const input = (rule: PriceRule): RuleInput => ({
        guid: rule.guid,
        minimumQuantity: rule.minimumQuantity,
        price: rule.price,
        validFrom: rule.validFrom,
        validTo: rule.validTo,
        validToday: validOn(rule, today),
        applied: rule.guid === resolved.ruleGuid,
      });
      const tierName = customer.sellPriceTier?.trim() || null;
      const tier = tierName
        ? tiers.find((t) => t.name.trim().toLowerCase() === tierName.toLowerCase())
        : undefined;
      return {
        customer: { guid: customer.guid, code: customer.code, name: customer.name },
        product: { guid: product.guid, code: product.code, description: product.description },
        quantity,
        today,
        price: resolved.price,
        rule: resolved.source ? RULE_NAMES[resolved.source] : null,
        explanation: resolved.explanation,
        floorApplied: resolved.floorApplied,
        minimumSellPrice: product.minimumSellPrice,
        steps,
        raisingBreaks: raisingBreaks(steps),
        inputs: {
          customerPrices: rules
            .filter((r) => r.customerGuid === customer.guid && r.minimumQuantity <= 1)
            .map(input),
          quantityBreaks: rules
            .filter(
              (r) => r.minimumQuantity > 1 && (r.customerGuid === null || r.customerGuid === customer.guid),
            )
            .sort((a, b) => a.minimumQuantity - b.minimumQuantity)
            .map((r) => ({
              ...input(r),
              forThisCustomer: r.customerGuid === customer.guid,
              met: r.minimumQuantity <= quantity,
            })),
          tier: {
            name: tierName,
            number: tier?.number ?? null,
            price: tier ? (product.tierPrices[tier.number - 1] ?? null) : null,
          },
          discountRate: customer.discountRate ?? 0,
          defaultSellPrice: product.defaultSellPrice,
        },
      };
    },
  };
}

export type PriceExplanationService = ReturnType<typeof createPriceExplanation>;
