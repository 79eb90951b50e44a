// Provider states for order rules (B4): a product sold in multiples (the store's override) and a store minimum
// order value, each cleared in teardown so that no other interaction's cart or order is refused.
import type { Portal } from '../../gateway/test/portal-fixtures.ts';
import { STATES } from './contract.ts';
import { admin, productGuid } from './provider-facts.ts';
import { type Handlers, text } from './state-kit.ts';

const NONE = { minimum: null, maximum: null, multiple: null };

export function orderRuleHandlers(portal: Portal): Handlers {
  const ruled: string[] = [];
  return {
    [STATES.soldInMultiples]: {
      setup: async (p) => {
        const guid = await productGuid(portal, text(p, 'productCode'));
        await admin(portal, 'PUT', `/products/${guid}/quantity-rule`, {
          ...NONE,
          multiple: Number(p.multiple),
        });
        ruled.push(guid);
        return undefined;
      },
      teardown: async () => {
        for (const guid of ruled.splice(0))
          await admin(portal, 'PUT', `/products/${guid}/quantity-rule`, NONE);
      },
    },
    [STATES.minimumOrderValue]: {
      setup: async (p) => {
        await admin(portal, 'PUT', '/order-rules', {
          minimumOrderValue: Number(p.amount),
          customerTypeMinimums: [],
          defaultQuantityRule: NONE,
        });
        return undefined;
      },
      teardown: async () => {
        await admin(portal, 'PUT', '/order-rules', {
          minimumOrderValue: null,
          customerTypeMinimums: [],
          defaultQuantityRule: NONE,
        });
      },
    },
  };
}
