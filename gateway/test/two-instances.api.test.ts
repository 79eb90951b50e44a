// Two gateway instances on one database act as one portal: what a buyer or an admin does on one is what the
// other answers at once — sessions, carts, orders, store settings — and work that must happen once (a sync
// started on both at the same moment, an email queued while both deliver) happens once. An instance with a pool
// of its own (nothing remembered shared) follows a change to a buyer's access made on another within a second
// (issue 12 item 6), and so does an admin's acting session (R22) when acting stops or the admin signs out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/connect.ts';
import type { PortalDb } from '../src/db/database.ts';
import { TEST_DATABASE_URL } from './database.ts';
import { sampleVariables } from './email-fixtures.ts';
import { ADMIN, type RunningGateway, startGateway } from './harness.ts';
import { PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field and assert on them
type Json = any;

let portal: Portal;
let other: RunningGateway;
let buyer: string;
let plentyGuid: string;
const address = { street: '1 Main St', city: 'Auckland' };

beforeAll(async () => {
  portal = await startPortal();
  other = await startGateway({
    db: portal.gw.db,
    mock: portal.gw.mock,
    adminExists: true,
    smtpPort: portal.catcher.smtpPort,
    publicBaseUrl: 'https://shop.example',
  });
  const customer = await portal.addCustomer([{ firstName: 'Ann' }]);
  await portal.api('PUT', `/customers/${customer.guid}/membership`, { inStore: true });
  buyer = await portal.signUp(
    customer.contacts.Ann as string,
    `ann.${customer.code.toLowerCase()}@buyer.example`,
  );
  plentyGuid = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
  await portal.api('PUT', `/products/${plentyGuid}/status`, { status: 'sellable' });
}, 90_000);
afterAll(async () => {
  await other?.close();
  await portal?.close();
});

const on = (instance: RunningGateway, method: string, path: string, body?: unknown, token = buyer) =>
  instance.request(method, path, { token, body });

describe('two gateway instances on one database', () => {
  it('when a buyer signs in on one instance, then the other knows the session; signing out on it ends it on both', async () => {
    expect((await on(other, 'GET', '/store/me')).status).toBe(200);
    const second = await portal.gw.request('POST', '/store/login', {
      body: {
        storeId: portal.storeId,
        email: (await on(other, 'GET', '/store/me')).body.contact.email,
        password: 'Buyer2026ok',
      },
    });
    expect(second.status).toBe(200);
    expect((await on(other, 'POST', '/store/logout', undefined, second.body.token)).status).toBe(204);
    expect((await on(portal.gw, 'GET', '/store/me', undefined, second.body.token)).status).toBe(401);
  });

  it('when a cart is filled on one instance, then the other shows the same cart', async () => {
    expect((await on(portal.gw, 'PUT', `/store/cart/lines/${plentyGuid}`, { quantity: 3 })).status).toBe(200);
    const cart = await on(other, 'GET', '/store/cart');
    expect(cart.body.lines).toEqual([expect.objectContaining({ productGuid: plentyGuid, quantity: 3 })]);
  });

  it('when an order is placed on one instance, then the other lists it to the buyer and the admin', async () => {
    const placed = await on(other, 'POST', '/store/orders', { deliveryAddress: address });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const history = await on(portal.gw, 'GET', '/store/orders');
    expect(history.body.items.map((order: { id: string }) => order.id)).toContain(placed.body.id);
    const admin = await portal.gw.request('GET', `/admin/stores/${portal.storeId}/orders`, {
      token: portal.admin,
    });
    expect(admin.body.items.map((order: { id: string }) => order.id)).toContain(placed.body.id);
    expect((await on(portal.gw, 'GET', '/store/cart')).body.lines).toEqual([]);
  });

  it('when the admin renames the store on one instance, then the other answers with the new name', async () => {
    const renamed = await portal.gw.request('PATCH', `/admin/stores/${portal.storeId}`, {
      token: portal.admin,
      body: { name: 'Renamed Store' },
    });
    expect(renamed.status).toBe(200);
    expect(
      (await other.request('GET', `/admin/stores/${portal.storeId}`, { token: portal.admin })).body.name,
    ).toBe('Renamed Store');
    expect((await on(other, 'GET', '/store/me')).body.store.name).toBe('Renamed Store');
  });

  it('when the admin shortens the sync interval on one instance, then the other reschedules the store to match', async () => {
    const path = `/admin/stores/${portal.storeId}`;
    const nextRunOnOther = async () =>
      Date.parse((await other.request('GET', `${path}/sync`, { token: portal.admin })).body.nextRunAt);
    await other.gateway.followStores();
    const before = await nextRunOnOther();
    expect(before).toBeGreaterThan(Date.now() + 10 * 60_000);
    const changed = await portal.gw.request('PATCH', path, {
      token: portal.admin,
      body: { syncIntervalMinutes: 5 },
    });
    expect(changed.status).toBe(200);
    await other.gateway.followStores();
    expect(await nextRunOnOther()).toBeLessThanOrEqual(Date.now() + 5 * 60_000);
  });

  it('when emails are queued on both instances, then each is delivered by one of them, once', async () => {
    // The instances' test clocks must agree on when an attempt is due, as real clocks do.
    other.clock.set(portal.gw.clock.now());
    portal.catcher.clear();
    const recipients = Array.from({ length: 10 }, (_, n) => `twice-${n}@buyer.example`);
    const queued = await Promise.all(
      recipients.map((to, n) =>
        (n % 2 ? other : portal.gw).gateway.services.email.send(
          portal.storeId,
          'order-status-changed',
          to,
          {
            ...sampleVariables['order-status-changed'],
            order: { ...sampleVariables['order-status-changed'].order, orderNumber: `SO-${n}` },
            statusLabel: 'Completed',
            previousStatusLabel: 'Placed',
          },
          { deliverNow: false },
        ),
      ),
    );
    expect(queued.every((message) => message.status === 'queued')).toBe(true);
    await expect.poll(() => portal.catcher.messages.length, { timeout: 10_000, interval: 50 }).toBe(10);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(portal.catcher.messages.flatMap((message) => message.to).sort()).toEqual([...recipients].sort());
    const { body } = await portal.api('GET', '/outbox?status=sent&pageSize=200');
    const sent = body.items.filter((item: { to: string }) => recipients.includes(item.to));
    expect(sent.map((item: { attempts: number }) => item.attempts)).toEqual(Array(10).fill(1));
  });

  it('when "sync now" is pressed on both instances at the same moment, then one sync starts and the other answers 409', async () => {
    const path = `/admin/stores/${portal.storeId}/sync`;
    // The order placed above may still be on its way to Unleashed: start from a quiet store.
    await expect
      .poll(async () => (await other.request('GET', path, { token: portal.admin })).body.running, {
        timeout: 20_000,
      })
      .toBeNull();
    const answers = await Promise.all(
      [portal.gw, other].map((instance) => instance.request('POST', path, { token: portal.admin })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body.type).toMatch(/sync-already-running$/);
  });
});

let separateDb: PortalDb;
let separate: RunningGateway;
let customer: Awaited<ReturnType<Portal['addCustomer']>>;

/** Signs the contact in and has the separate instance remember its session. */
async function buyerSeenBySeparate(name: string) {
  const email = `${name.toLowerCase()}.${customer.code.toLowerCase()}@buyer.example`;
  const token = await portal.signUp(customer.contacts[name] as string, email);
  expect((await separate.request('GET', '/store/products', { token })).status).toBe(200);
  expect((await separate.request('GET', '/store/me', { token })).status).toBe(200);
  return { email, token };
}

/** Asks the separate instance until `done` holds; returns how long that took after the change (ms), or fails at 2 s. */
async function msUntil(path: string, token: string, done: (r: { status: number; body: Json }) => boolean) {
  const started = performance.now();
  for (;;) {
    const answer = await separate.request('GET', path, { token });
    if (done(answer)) return performance.now() - started;
    if (performance.now() - started > 2_000) throw new Error(`still ${answer.status} after 2 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a buyer session remembered by an instance with its own pool follows changes made on another', () => {
  beforeAll(async () => {
    separateDb = await openDatabase({ url: TEST_DATABASE_URL, schema: portal.gw.db.schema, poolSize: 3 });
    separate = await startGateway({ db: separateDb, mock: portal.gw.mock, adminExists: true });
    const names = ['Sol', 'Dora', 'Remy', 'Otto'];
    customer = await portal.addCustomer(names.map((firstName) => ({ firstName })));
    await portal.api('PUT', `/customers/${customer.guid}/membership`, { inStore: true });
  }, 60_000);
  afterAll(async () => {
    await separate?.close();
    await separateDb?.close();
  });

  it('when the buyer signs out on one instance, then an instance with its own pool refuses the session within a second', async () => {
    const { email, token } = await buyerSeenBySeparate('Sol');
    const second = await portal.gw.request('POST', '/store/login', {
      body: { storeId: portal.storeId, email, password: PASSWORD },
    });
    expect((await separate.request('GET', '/store/products', { token: second.body.token })).status).toBe(200);
    expect((await portal.gw.request('POST', '/store/logout', { token: second.body.token })).status).toBe(204);
    expect(await msUntil('/store/products', second.body.token, (r) => r.status === 401)).toBeLessThan(1_000);
    expect((await separate.request('GET', '/store/products', { token })).status).toBe(200);
  });

  it('when an admin deactivates the contact on one instance, then an instance with its own pool refuses its session within a second', async () => {
    const { token } = await buyerSeenBySeparate('Dora');
    const deactivated = await portal.api('POST', `/contacts/${customer.contacts.Dora}/deactivate`);
    expect(deactivated.status).toBe(200);
    expect(await msUntil('/store/products', token, (r) => r.status === 401)).toBeLessThan(1_000);
  });

  it('when the store is renamed and hides stock counts on one instance, then an instance with its own pool shows both within a second', async () => {
    const { token } = await buyerSeenBySeparate('Remy');
    const counted = await separate.request('GET', '/store/products', { token });
    expect(counted.body.items.some((item: Json) => item.stock.available !== null)).toBe(true);
    const changed = await portal.gw.request('PATCH', `/admin/stores/${portal.storeId}`, {
      token: portal.admin,
      body: { name: 'Renamed Trade Store', showStockCounts: false },
    });
    expect(changed.status).toBe(200);
    expect(
      await msUntil('/store/me', token, (r) => r.body?.store?.name === 'Renamed Trade Store'),
    ).toBeLessThan(1_000);
    const page = await separate.request('GET', '/store/products', { token });
    expect(page.body.items.length).toBeGreaterThan(0);
    expect(page.body.items.every((item: Json) => item.stock.available === null)).toBe(true);
  });

  /** A fresh admin session acting as `customer`, already remembered by the separate instance. */
  async function actingSeenBySeparate() {
    const login = await portal.gw.request('POST', '/admin/login', {
      body: { email: ADMIN.email, password: ADMIN.password },
    });
    const started = await portal.gw.request('POST', `/admin/stores/${portal.storeId}/acting`, {
      token: login.body.token,
      body: { customerGuid: customer.guid },
    });
    expect(started.status).toBe(201);
    const acting: string = started.body.token;
    expect((await separate.request('GET', '/store/products', { token: acting })).status).toBe(200);
    expect((await separate.request('GET', '/store/me', { token: acting })).body.acting).toMatchObject({
      adminEmail: ADMIN.email,
    });
    return { admin: login.body.token as string, acting };
  }

  it('when the admin stops acting on one instance, then an instance with its own pool refuses the acting session within a second', async () => {
    const { admin, acting } = await actingSeenBySeparate();
    const stopped = await portal.gw.request('DELETE', `/admin/stores/${portal.storeId}/acting`, {
      token: admin,
    });
    expect(stopped.status).toBe(204);
    expect(await msUntil('/store/products', acting, (r) => r.status === 401)).toBeLessThan(1_000);
  });

  it("when the acting admin signs out on one instance, then an instance with its own pool refuses the admin's acting session within a second", async () => {
    const { admin, acting } = await actingSeenBySeparate();
    expect((await portal.gw.request('POST', '/admin/logout', { token: admin })).status).toBe(204);
    expect(await msUntil('/store/me', acting, (r) => r.status === 401)).toBeLessThan(1_000);
    const log = await separate.request('GET', `/admin/stores/${portal.storeId}/acting-log`, {
      token: portal.admin,
    });
    expect(log.body.items[0]).toMatchObject({ endReason: 'admin-signed-out' });
  });

  it('when the customer is taken out of the store on one instance, then an instance with its own pool refuses its buyer within a second', async () => {
    const { token } = await buyerSeenBySeparate('Otto');
    const removed = await portal.api('PUT', `/customers/${customer.guid}/membership`, { inStore: false });
    expect(removed.status).toBe(200);
    expect(await msUntil('/store/me', token, (r) => r.status === 401)).toBeLessThan(1_000);
  });
});
