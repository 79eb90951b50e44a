// Provider states for standing orders (R21): a standing order of a contact in a given status (fresh each time,
// so pausing or cancelling one never touches another interaction's), one with a name that is taken, a name that
// is free, and a store that does not allow them (switched back on in teardown).
import { randomUUID } from 'node:crypto';
import type { Portal } from '../../gateway/test/portal-fixtures.ts';
import { BUYER_CUSTOMER, SELLABLE_PRODUCT, STATES } from './contract.ts';
import { admin, asBuyer, buyerToken, DAY_MS, fillCartOf } from './provider-facts.ts';
import { type Handlers, type Params, text } from './state-kit.ts';

interface StandingOrder {
  id: string;
  name: string;
  status: string;
}

export function standingOrderHandlers(portal: Portal): Handlers {
  const signedIn = (p: Params) => buyerToken(portal, BUYER_CUSTOMER, text(p, 'email'));
  const inAWeek = () => new Date(portal.gw.clock.now().getTime() + 7 * DAY_MS).toISOString().slice(0, 10);
  const create = async (token: string, name: string): Promise<StandingOrder> => {
    await fillCartOf(portal, token, { [SELLABLE_PRODUCT]: 4 });
    return asBuyer(portal, token, 'POST', '/standing-orders', {
      name,
      startDate: inAWeek(),
      deliveryAddress: { street: '1 Depot Road', city: 'Auckland' },
    });
  };
  const live = async (token: string, name: string) => {
    const { items } = await asBuyer(portal, token, 'GET', '/standing-orders');
    return (items as StandingOrder[]).find(
      (o) => o.status !== 'cancelled' && o.name.toLowerCase() === name.toLowerCase(),
    );
  };

  return {
    [STATES.standingOrder]: async (p) => {
      const token = await signedIn(p);
      const made = await create(token, `Restock ${randomUUID().slice(0, 8)}`);
      const action = { paused: 'pause', cancelled: 'cancel' }[text(p, 'status')];
      if (action) await asBuyer(portal, token, 'POST', `/standing-orders/${made.id}/${action}`);
      return { standingOrderId: made.id };
    },
    [STATES.standingOrderNamed]: async (p) => {
      const token = await signedIn(p);
      const made = (await live(token, text(p, 'name'))) ?? (await create(token, text(p, 'name')));
      return { standingOrderId: made.id };
    },
    [STATES.noStandingOrderNamed]: async (p) => {
      const token = await signedIn(p);
      const taken = await live(token, text(p, 'name'));
      if (taken) await asBuyer(portal, token, 'POST', `/standing-orders/${taken.id}/cancel`);
      return undefined;
    },
    [STATES.standingOrdersOff]: {
      setup: async () => {
        await admin(portal, 'PATCH', '', { standingOrdersEnabled: false });
        return undefined;
      },
      teardown: async () => {
        await admin(portal, 'PATCH', '', { standingOrdersEnabled: true });
      },
    },
  };
}
