// The price check of one customer (R17a, issue 16 item 3): every product of the store where a quantity break
// raises the unit price above what a smaller quantity pays, so the supplier can fix the break in Unleashed
// before a buyer meets it. Reads the store's price rules once, then resolves in memory.

import type { components } from '../../../openapi/generated/gateway.d.ts';
import type { CatalogueReader } from '../catalogue/catalogue.reader.ts';
import type { PriceRule } from '../catalogue/catalogue.types.ts';
import type { Clock } from '../clock.ts';
import type { CustomerDirectory } from '../customers/customers.service.ts';
import { AppError } from '../http/problems.ts';
import type { StoresService } from '../stores/stores.service.ts';
import { priceSteps, raisingBreaks } from './price-breaks.ts';

export type PriceCheckReport = components['schemas']['PriceCheckReport'];

export function createPriceCheck(deps: {
  catalogue: CatalogueReader;
  directory: CustomerDirectory;
  stores: StoresService;
  clock: Clock;
}) {
  return {
    /** The report for one customer; 404 for a customer the store does not have. */
    async check(storeId: string, customerGuid: string): Promise<PriceCheckReport> {
      await deps.stores.get(storeId);
      const customer = await deps.directory.customer(storeId, customerGuid);
      if (!customer) throw new AppError('not-found', `There is no customer ${customerGuid} in this store.`);
      const today = deps.clock.now().toISOString().slice(0, 10);
      const tiers = await deps.catalogue.listPriceTiers(storeId);
      const rulesOf = new Map<string, PriceRule[]>();
      for (const rule of await deps.catalogue.listPriceRules(storeId))
        rulesOf.set(rule.productGuid, [...(rulesOf.get(rule.productGuid) ?? []), rule]);
      const items: PriceCheckReport['items'] = [];
      for (const product of await deps.catalogue.listProducts(storeId)) {
        const rules = rulesOf.get(product.guid) ?? [];
        if (product.obsolete || !rules.some((r) => r.minimumQuantity > 1)) continue;
        const steps = priceSteps({ product, customer, rules, tiers, today });
        const raising = raisingBreaks(steps);
        if (raising.length > 0)
          items.push({
            product: { guid: product.guid, code: product.code, description: product.description },
            steps,
            raisingBreaks: raising,
          });
      }
      items.sort((a, b) => a.product.code.localeCompare(b.product.code));
      return { customer: { guid: customer.guid, code: customer.code, name: customer.name }, today, items };
    },
  };
}

export type PriceCheckService = ReturnType<typeof createPriceCheck>;
