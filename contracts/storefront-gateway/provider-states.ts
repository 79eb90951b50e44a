// The state handlers of the storefront→gateway verification: each makes one business fact true on the running
// portal (provider-facts.ts) and hands back the ids and tokens the pact asks for (fromProviderState). Facts that
// change the whole portal (a throttled sign-in, a slow Unleashed, a smaller plan) undo themselves in teardown.
// pact-js only logs a handler that throws, so every failure is also kept in `failures` for the test to assert.
import type { VerifierOptions } from '@pact-foundation/pact';
import { ADMIN } from '../../gateway/test/harness.ts';
import type { Portal } from '../../gateway/test/portal-fixtures.ts';
import { approvalHandlers } from './approval-states.ts';
import { buyingHandlers } from './buying-states.ts';
import { catalogueHandlers } from './catalogue-states.ts';
import { STATES } from './contract.ts';
import { orderRuleHandlers } from './order-rule-states.ts';
import {
  activate,
  admin,
  adminToken,
  asBuyer,
  buyerToken,
  contactWhoseEmailIsHeld,
  DAY_MS,
  factFails,
  fillPlan,
  freshContact,
  invitedContact,
  MINUTE_MS,
  productGuid,
  waitUntilIdle,
} from './provider-facts.ts';
import { purchaseOrderHandlers } from './purchase-order-states.ts';
import { standingOrderHandlers } from './standing-order-states.ts';
import { type Handler, type Handlers, type Params, text, type Values } from './state-kit.ts';

// pact-js types stateHandlers as the intersection of its proxy's and pact-core's shapes, which a documented
// `{ setup, teardown }` handler cannot satisfy; the proxy (which runs them) takes both forms.
type StateHandlers = NonNullable<VerifierOptions['stateHandlers']>;
type PactHandler = { setup: (params?: unknown) => Promise<Values>; teardown?: () => Promise<undefined> };
const SLOW_UNLEASHED_MS = 1_000;

/** Wrong passwords for the email until sign-in is refused; the lock-out (15 minutes) is moved past afterwards. */
function throttled(portal: Portal, login: (email: string) => { path: string; body: object }): Handler {
  return {
    setup: async (p) => {
      const { path, body } = login(text(p, 'email'));
      for (let i = 0; i < 10; i++) {
        const tried = await portal.gw.request('POST', path, {
          body: { ...body, password: 'not-the-password' },
        });
        if (tried.status === 429) return undefined;
      }
      factFails(`sign-in as ${text(p, 'email')} is throttled`);
    },
    teardown: async () => portal.gw.clock.advance(16 * MINUTE_MS),
  };
}

function handlers(portal: Portal): Handlers {
  const { gw } = portal;
  const signedIn = async (p: Params) => buyerToken(portal, text(p, 'customerCode'), text(p, 'email'));
  const dana = async (p: Params) => buyerToken(portal, 'DEMO001', text(p, 'email'));
  const fillCart = async (token: string, code: string, quantity: number) => {
    const guid = await productGuid(portal, code);
    await asBuyer(portal, token, 'DELETE', '/cart');
    await asBuyer(portal, token, 'PUT', `/cart/lines/${guid}`, { quantity });
    return guid;
  };
  return {
    [STATES.storeSynced]: async (p) => {
      const store = await admin(portal, 'GET', '');
      if (store.name !== text(p, 'storeName')) factFails(`the store is named ${text(p, 'storeName')}`);
      await waitUntilIdle(portal);
      return { storeId: portal.storeId };
    },
    [STATES.adminExists]: async (p) => {
      if (text(p, 'email') !== ADMIN.email || text(p, 'password') !== ADMIN.password)
        factFails(`admin ${text(p, 'email')} has the password asked for`);
      return undefined;
    },
    [STATES.adminSignedIn]: async (p) => {
      if (text(p, 'email') !== ADMIN.email) factFails(`admin ${text(p, 'email')} exists`);
      return { adminToken: await adminToken(portal) };
    },
    [STATES.signInThrottled]: throttled(portal, (email) => ({ path: '/admin/login', body: { email } })),
    [STATES.buyerSignInThrottled]: throttled(portal, (email) => ({
      path: '/store/login',
      body: { storeId: portal.storeId, email },
    })),
    [STATES.syncRunning]: {
      setup: async () => {
        await gw.mock.control('POST', '/__control/faults', { kind: 'latency', latencyMs: SLOW_UNLEASHED_MS });
        await admin(portal, 'POST', '/sync');
        return undefined;
      },
      teardown: async () => {
        await gw.mock.control('DELETE', '/__control/faults');
        await waitUntilIdle(portal);
      },
    },
    [STATES.planFull]: {
      setup: async (p) => ({ productGuid: await fillPlan(portal, text(p, 'plan')) }),
      teardown: async () => {
        await gw.request('PUT', '/admin/account/plan', {
          token: portal.admin,
          body: { plan: 'premium-plus' },
        });
      },
    },
    [STATES.productStatus]: async (p) => {
      const guid = await productGuid(portal, text(p, 'productCode'));
      await admin(portal, 'PUT', `/products/${guid}/status`, { status: text(p, 'status') });
      return { productGuid: guid };
    },
    [STATES.buyerCanSignIn]: async (p) => {
      await signedIn(p);
      return undefined;
    },
    [STATES.buyerSignedIn]: async (p) => ({ buyerToken: await signedIn(p) }),
    [STATES.cartHolds]: async (p) => {
      const token = await dana(p);
      return { productGuid: await fillCart(token, text(p, 'productCode'), Number(p.quantity)) };
    },
    [STATES.cartEmpty]: async (p) => {
      await asBuyer(portal, await dana(p), 'DELETE', '/cart');
      return undefined;
    },
    // Placed and still Processing: Unleashed takes no order meanwhile (its import job waits for it).
    [STATES.orderPlaced]: {
      setup: async (p) => {
        await gw.mock.control('POST', '/__control/faults', {
          kind: 'error',
          rate: 1,
          status: 503,
          pathPrefix: '/SalesOrders',
          method: 'POST',
        });
        const code = text(p, 'productCode');
        await admin(portal, 'PUT', `/products/${await productGuid(portal, code)}/status`, {
          status: 'sellable',
        });
        const token = await dana(p);
        await fillCart(token, code, 2);
        const address = { street: '1 Quay Street', city: 'Auckland' };
        const order = await asBuyer(portal, token, 'POST', '/orders', { deliveryAddress: address });
        return { orderId: order.id };
      },
      teardown: async () => {
        await gw.mock.control('DELETE', '/__control/faults');
      },
    },
    [STATES.contactNeverInvited]: async (p) => {
      const { customerGuid, contactGuid } = await freshContact(portal, text(p, 'firstName'));
      return { customerGuid, contactGuid };
    },
    [STATES.contactInvited]: async (p) => {
      const { email: _email, ...values } = await invitedContact(portal, text(p, 'firstName'));
      return values;
    },
    [STATES.invitationExpired]: async (p) => {
      const { email: _email, ...values } = await invitedContact(portal, text(p, 'firstName'));
      await portal.advance(8 * DAY_MS);
      return values;
    },
    [STATES.contactActive]: async (p) => {
      const { customerGuid, contactGuid, email } = await freshContact(portal, text(p, 'firstName'));
      await activate(portal, contactGuid, email);
      return { customerGuid, contactGuid };
    },
    [STATES.contactDeactivated]: async (p) => {
      const { customerGuid, contactGuid, email } = await freshContact(portal, text(p, 'firstName'));
      await activate(portal, contactGuid, email);
      await admin(portal, 'POST', `/contacts/${contactGuid}/deactivate`);
      return { customerGuid, contactGuid };
    },
    [STATES.emailHeld]: async (p) => {
      const { customerGuid, contactGuid } = await contactWhoseEmailIsHeld(portal, text(p, 'firstName'));
      return { customerGuid, contactGuid };
    },
    [STATES.adminNotified]: async (p) => {
      const invited = await invitedContact(portal, text(p, 'firstName'));
      await portal.advance(8 * DAY_MS);
      const opened = await gw.request('POST', '/store/invitations/open', {
        body: { token: invited.invitationToken },
      });
      if (opened.status !== 410) factFails('the expired invitation was opened', opened);
      return { customerGuid: invited.customerGuid, contactGuid: invited.contactGuid };
    },
    ...buyingHandlers(portal),
    ...standingOrderHandlers(portal),
    ...catalogueHandlers(portal),
    ...purchaseOrderHandlers(portal),
    ...orderRuleHandlers(portal),
    ...approvalHandlers(portal),
  };
}

/** Pact state handlers over the running portal; a handler that throws is recorded in `failures` and rethrown. */
export function stateHandlers(portal: Portal, failures: string[]): StateHandlers {
  const wrapped: Record<string, PactHandler> = {};
  for (const [state, handler] of Object.entries(handlers(portal))) {
    const { setup, teardown } =
      typeof handler === 'function' ? { setup: handler, teardown: undefined } : handler;
    const recorded =
      <T>(run: () => Promise<T>, params: unknown) =>
      async (): Promise<T> => {
        try {
          return await run();
        } catch (error) {
          failures.push(`${state} ${JSON.stringify(params)}: ${(error as Error).message}`);
          throw error;
        }
      };
    wrapped[state] = {
      setup: (params?: unknown) => recorded(() => setup((params ?? {}) as Params), params)(),
      ...(teardown ? { teardown: () => recorded(async () => void (await teardown()), {})() } : {}),
    };
  }
  return wrapped as unknown as StateHandlers;
}
