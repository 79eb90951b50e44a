// Two gateway instances on one database act as one portal: what a buyer or an admin does on one is what the
// other answers at once — sessions, carts, orders, store settings — and work that must happen once (a sync
// started on both at the same moment, an email queued while both deliver) happens once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from './harness.ts';
import { type Portal, startPortal } from './portal-fixtures.ts';

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
            firstName: 'Ann',
            orderNumber: `SO-${n}`,
            customerName: 'Ann Ltd',
            statusLabel: 'Completed',
            previousStatusLabel: 'Placed',
            orderUrl: 'https://shop.example/#/orders/1',
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
