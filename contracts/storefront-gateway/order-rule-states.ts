// Provider states for order rules (B4): a product sold in multiples (the store's override), a store minimum
// order value and a customer's own override, each cleared in teardown so that no other interaction's cart or
// order is refused.
import type { Portal } from '../../gateway/test/portal-fixtures.ts';
import { STATES } from './contract.ts';
import { admin, customerGuidOf, productGuid } from './provider-facts.ts';
import { type Handlers, text } from './state-kit.ts';

const NONE = { minimum: null, maximum: null, multiple: null };

export function orderRuleHandlers(portal: Portal): Handlers {
  const ruled: string[] = [];
  const ruledCustomers: string[] = [];
  return {
    [STATES.customerSellsInMultiples]: {
      setup: async (p) => {
        const customerGuid = await customerGuidOf(portal, text(p, 'customerCode'));
        const guid = await productGuid(portal, text(p, 'productCode'));
        await admin(portal, 'PUT', `/customers/${customerGuid}/order-rules`, {
          minimumOrderValue: null,
          products: [{ productGuid: guid, ...NONE, multiple: Number(p.multiple) }],
        });
        ruledCustomers.push(customerGuid);
        return { customerGuid, productGuid: guid };
      },
      teardown: async () => {
        for (const guid of ruledCustomers.splice(0))
          await admin(portal, 'PUT', `/customers/${guid}/order-rules`, {
            minimumOrderValue: null,
            products: [],
          });
      },
    },
    [STATES.soldInMultiples]: {
      setup: async (p) => {
        const guid = await productGuid(portal, text(p, 'productCode'));
        await admin(portal, 'PUT', `/products/${guid}/quantity-rule`, {
          ...NONE,
          multiple: Number(p.multiple),
        });
        ruled.push(guid);
        return { productGuid: guid };
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
