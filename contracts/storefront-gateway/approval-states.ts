// Provider states for buyer approvals (B8): a contact who approves its customer's orders (the rule: always), and
// an order of another contact of that customer awaiting approval, or one an approver has approved already (the
// 409 another approver meets). Teardown turns approval off again, so no other
// interaction's order waits.
import type { Portal } from '../../gateway/test/portal-fixtures.ts';
import { STATES } from './contract.ts';
import {
  admin,
  asBuyer,
  buyerToken,
  contactByEmail,
  customerGuidOf,
  fillCartOf,
  productGuid,
} from './provider-facts.ts';
import { type Handlers, text } from './state-kit.ts';

export function approvalHandlers(portal: Portal): Handlers {
  const ruled = new Set<string>();
  const teardown = async () => {
    for (const customerGuid of ruled)
      await admin(portal, 'PUT', `/customers/${customerGuid}/approval-settings`, {
        mode: 'off',
        approverContactGuids: [],
      });
    ruled.clear();
  };
  const requireApprovalBy = async (customerCode: string, approverEmail: string) => {
    const customerGuid = await customerGuidOf(portal, customerCode);
    const approver = await contactByEmail(portal, customerCode, approverEmail);
    await admin(portal, 'PUT', `/customers/${customerGuid}/approval-settings`, {
      mode: 'always',
      approverContactGuids: [approver.guid],
    });
    ruled.add(customerGuid);
    return { customerGuid, contactGuid: approver.guid as string };
  };
  const placeAwaiting = async (customerCode: string, placedBy: string): Promise<string> => {
    const code = 'DEMO-PLENTY';
    await admin(portal, 'PUT', `/products/${await productGuid(portal, code)}/status`, { status: 'sellable' });
    const token = await buyerToken(portal, customerCode, placedBy);
    await fillCartOf(portal, token, { [code]: 2 });
    const order = await asBuyer(portal, token, 'POST', '/orders', {
      deliveryAddress: { street: '1 Quay Street', city: 'Auckland' },
    });
    return order.id;
  };
  return {
    [STATES.approver]: {
      setup: async (p) => requireApprovalBy(text(p, 'customerCode'), text(p, 'email')),
      teardown,
    },
    // Comes after the approver state in an interaction: the rule is already in force when the order is placed.
    [STATES.orderAwaitingApproval]: {
      setup: async (p) => ({ orderId: await placeAwaiting(text(p, 'customerCode'), text(p, 'placedBy')) }),
      teardown,
    },
    [STATES.orderApprovedAlready]: {
      setup: async (p) => {
        const customerCode = text(p, 'customerCode');
        const orderId = await placeAwaiting(customerCode, text(p, 'placedBy'));
        const approver = await buyerToken(portal, customerCode, text(p, 'approvedBy'));
        await asBuyer(portal, approver, 'POST', `/orders/${orderId}/approval`);
        return { orderId };
      },
      teardown,
    },
  };
}
