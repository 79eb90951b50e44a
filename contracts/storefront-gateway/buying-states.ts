// Provider states for repeat buying (B3), the store's order status labels (R18a) and an admin acting as a
// customer (R22, R23). Acting starts with the portal's own admin session; the acting session it hands back is
// what the next acting state (the acting cart) works on.
import { ADMIN } from '../../gateway/test/harness.ts';
import type { Portal } from '../../gateway/test/portal-fixtures.ts';
import { BUYER_CUSTOMER, STATES } from './contract.ts';
import {
  activate,
  admin,
  asBuyer,
  buyerToken,
  customerGuidOf,
  factFails,
  fillCartOf,
  freshContact,
  productGuid,
} from './provider-facts.ts';
import { type Handlers, text } from './state-kit.ts';

const ADDRESS = { street: '1 Quay Street', city: 'Auckland' };
const DEFAULT_LABELS: Record<string, string> = {
  processing: 'Processing',
  'pending-approval': 'Pending Approval',
  confirmed: 'Confirmed',
  'coming-soon': 'Coming Soon',
  complete: 'Complete',
  rejected: 'Rejected',
};

const DEFAULT_ORDER_SETTINGS = {
  orderStatuses: Object.fromEntries(
    Object.entries(DEFAULT_LABELS).map(([status, label]) => [status, { label }]),
  ),
  orderRequestEmailToBuyer: true,
  orderRequestEmailToAdmin: true,
};

export function buyingHandlers(portal: Portal): Handlers {
  const setStatus = async (code: string, status: string) =>
    admin(portal, 'PUT', `/products/${await productGuid(portal, code)}/status`, { status });
  const startActing = async (email: string, customerGuid: string) => {
    if (email !== ADMIN.email) factFails(`admin ${email} exists`);
    actingToken = (await admin(portal, 'POST', '/acting', { customerGuid })).token as string;
    return actingToken;
  };
  let actingToken: string | undefined;
  let relabelled: string | undefined;

  return {
    [STATES.orderWithHiddenLine]: async (p) => {
      const [code, hidden] = [text(p, 'productCode'), text(p, 'hiddenCode')];
      await setStatus(code, 'sellable');
      await setStatus(hidden, 'sellable');
      const token = await buyerToken(portal, BUYER_CUSTOMER, text(p, 'email'));
      await fillCartOf(portal, token, { [code]: 2, [hidden]: 1 });
      const order = await asBuyer(portal, token, 'POST', '/orders', { deliveryAddress: ADDRESS });
      await setStatus(hidden, 'hidden');
      return { orderId: order.id };
    },
    [STATES.statusLabel]: {
      setup: async (p) => {
        relabelled = text(p, 'status');
        await admin(portal, 'PATCH', '', { orderStatuses: { [relabelled]: { label: text(p, 'label') } } });
        return undefined;
      },
      teardown: async () => {
        if (!relabelled) return;
        const label = DEFAULT_LABELS[relabelled];
        await admin(portal, 'PATCH', '', { orderStatuses: { [relabelled]: { label } } });
      },
    },
    [STATES.defaultOrderSettings]: {
      setup: async () => {
        await admin(portal, 'PATCH', '', DEFAULT_ORDER_SETTINGS);
        return undefined;
      },
      teardown: async () => {
        await admin(portal, 'PATCH', '', DEFAULT_ORDER_SETTINGS);
      },
    },
    [STATES.customerInStore]: async (p) => ({
      customerGuid: await customerGuidOf(portal, text(p, 'customerCode')),
    }),
    [STATES.acting]: async (p) => {
      const customerGuid = await customerGuidOf(portal, text(p, 'customerCode'));
      const { items } = await admin(portal, 'GET', `/customers/${customerGuid}/contacts`);
      const contact =
        items.find((c: { isDefault: boolean }) => c.isDefault) ?? factFails('a default contact');
      const token = await startActing(text(p, 'email'), customerGuid);
      return { actingToken: token, customerGuid, contactGuid: contact.guid };
    },
    [STATES.actingForDeactivated]: async (p) => {
      const { customerGuid, contactGuid, email } = await freshContact(portal, text(p, 'firstName'));
      await activate(portal, contactGuid, email);
      await admin(portal, 'POST', `/contacts/${contactGuid}/deactivate`);
      const token = await startActing(text(p, 'email'), customerGuid);
      return { actingToken: token, customerGuid, contactGuid };
    },
    [STATES.actingCartHolds]: async (p) => {
      const token = actingToken ?? factFails('an admin acts as a customer');
      await fillCartOf(portal, token, { [text(p, 'productCode')]: Number(p.quantity) });
      return undefined;
    },
  };
}
