// A portal for the standing-order tests (R21): the clock anchored at 10:00 UTC on a fixed day, DEMO001's dana and
// a second customer's Sue signed up, DEMO-PLENTY and DEMO-LOW Sellable; helpers to sign in again after the clock
// moves (sessions last 12 hours), fill a cart, create a standing order and run the minute tick (and wait for
// the jobs it queued).
import type { JobEngine } from '../src/jobs/job-engine.ts';
import {
  STANDING_ORDER_REMINDER_QUEUE,
  STANDING_ORDER_RUN_QUEUE,
} from '../src/standing-orders/standing-orders.jobs.ts';
import { DAY_MS, emailOf, PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

export const DANA = 'dana@demo-wholesale.example';

/** Waits until no standing-order run or reminder job waits or runs, on any instance of the database. */
export async function standingOrderJobsDone(jobs: JobEngine): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const counts = await Promise.all(
      [STANDING_ORDER_RUN_QUEUE, STANDING_ORDER_REMINDER_QUEUE].map((queue) => jobs.pending(queue)),
    );
    if (counts.every((count) => count === 0)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('standing-order jobs still pending after 10 s');
}

export interface StandingOrderPortal {
  portal: Portal;
  sue: { email: string; contactGuid: string };
  guidOf: Record<string, string>;
  /** The UTC date `days` days after the anchor day. */
  day(days: number): string;
  /** Sets the clock to `time` (HH:MM UTC) on anchor day + `days`, and signs the admin in again. */
  at(days: number, time: string): Promise<void>;
  /** A buyer call, signed in as `email` now. */
  store(email: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }>;
  /** Replaces `email`'s cart with these lines (product code → quantity). */
  fillCart(email: string, lines: Record<string, number>): Promise<void>;
  /** Creates a standing order from `email`'s cart; throws when refused. */
  create(email: string, body: Record<string, unknown>): Promise<Json>;
  /** One tick of the standing-order schedule (what node-schedule calls every minute), and its jobs done. */
  tick(): Promise<void>;
  /** Orders of the store placed by a standing order's runs. */
  ordersOf(standingOrderId: string): Promise<Json[]>;
  outbox(template: string, to: string): Promise<Json[]>;
  close(): Promise<void>;
}

export async function startStandingOrderPortal(): Promise<StandingOrderPortal> {
  const portal = await startPortal({ plan: 'premium-plus' });
  const start = portal.gw.clock.now();
  const anchor = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1, 10);
  await portal.advance(anchor - start.getTime());

  const signUp = async (contactGuid: string, email: string) => {
    const token = await portal.invite(contactGuid, email);
    const accepted = await portal.gw.request('POST', '/store/invitations/accept', {
      body: { token, password: PASSWORD },
    });
    if (accepted.status !== 200) throw new Error(`accept failed: ${JSON.stringify(accepted.body)}`);
  };
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  );
  const contacts = [...demo.contacts.active, ...demo.contacts.pending, ...demo.contacts.inactive];
  await signUp(contacts.find((c: { email: string }) => c.email === DANA).guid, DANA);
  const other = await portal.addCustomer([{ firstName: 'Sue' }]);
  const sue = { email: emailOf('Sue', other.code), contactGuid: other.contacts.Sue ?? '' };
  await signUp(sue.contactGuid, sue.email);
  const guidOf: Record<string, string> = {};
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW'])
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
  await portal.api('POST', '/products/status', { status: 'sellable', productGuids: Object.values(guidOf) });

  const day = (days: number) => new Date(anchor + days * DAY_MS).toISOString().slice(0, 10);
  const store: StandingOrderPortal['store'] = async (email, method, path, body) => {
    const login = await portal.gw.request('POST', '/store/login', {
      body: { storeId: portal.storeId, email, password: PASSWORD },
    });
    return portal.gw.request(method, `/store${path}`, { token: login.body.token, body });
  };
  return {
    portal,
    sue,
    guidOf,
    day,
    async at(days, time) {
      portal.gw.clock.set(new Date(`${day(days)}T${time}:00Z`));
      await portal.advance(0);
    },
    store,
    async fillCart(email, lines) {
      await store(email, 'DELETE', '/cart');
      for (const [code, quantity] of Object.entries(lines)) {
        const set = await store(email, 'PUT', `/cart/lines/${guidOf[code]}`, { quantity });
        if (set.status !== 200) throw new Error(`cart refused ${code}: ${JSON.stringify(set.body)}`);
      }
    },
    async create(email, body) {
      const made = await store(email, 'POST', '/standing-orders', {
        deliveryAddress: { street: '1 Depot Road', city: 'Auckland' },
        ...body,
      });
      if (made.status !== 201) throw new Error(`create refused: ${JSON.stringify(made.body)}`);
      return made.body;
    },
    async tick() {
      await portal.gw.gateway.services.standingOrders.runner.runDue();
      await standingOrderJobsDone(portal.gw.gateway.services.jobs);
    },
    async ordersOf(standingOrderId) {
      const { body } = await portal.api('GET', '/orders?pageSize=200');
      return body.items.filter((o: { standingOrderId?: string }) => o.standingOrderId === standingOrderId);
    },
    async outbox(template, to) {
      const { body } = await portal.api('GET', '/outbox?pageSize=200');
      return body.items.filter(
        (m: { template: string; to: string }) => m.template === template && m.to === to,
      );
    },
    close: () => portal.close(),
  };
}
