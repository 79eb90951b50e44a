// Provider states for purchase-order numbers (B7): a customer that requires one on every order (made optional
// again in teardown, so no other interaction's order is refused), and an order placed with a PO number.
import type { Portal } from '../../gateway/test/portal-fixtures.ts';
import { STATES } from './contract.ts';
import { admin, asBuyer, buyerToken, customerGuidOf, fillCartOf, productGuid } from './provider-facts.ts';
import { type Handlers, text } from './state-kit.ts';

export function purchaseOrderHandlers(portal: Portal): Handlers {
  const required: string[] = [];
  return {
    [STATES.poRequired]: {
      setup: async (p) => {
        const customerGuid = await customerGuidOf(portal, text(p, 'customerCode'));
        await admin(portal, 'PUT', `/customers/${customerGuid}/order-settings`, {
          purchaseOrderRefRequired: true,
        });
        required.push(customerGuid);
        return { customerGuid };
      },
      teardown: async () => {
        for (const customerGuid of required.splice(0))
          await admin(portal, 'PUT', `/customers/${customerGuid}/order-settings`, {
            purchaseOrderRefRequired: false,
          });
      },
    },
    [STATES.orderPlacedWithPo]: async (p) => {
      const code = text(p, 'productCode');
      await admin(portal, 'PUT', `/products/${await productGuid(portal, code)}/status`, {
        status: 'sellable',
      });
      const token = await buyerToken(portal, 'DEMO001', text(p, 'email'));
      await fillCartOf(portal, token, { [code]: 2 });
      const order = await asBuyer(portal, token, 'POST', '/orders', {
        deliveryAddress: { street: '1 Quay Street', city: 'Auckland' },
        purchaseOrderRef: text(p, 'purchaseOrderRef'),
      });
      return { orderId: order.id };
    },
  };
}
