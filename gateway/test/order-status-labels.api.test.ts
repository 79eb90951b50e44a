// R18/R18a store settings: the order-request emails are switchable, every order status has a label the admin may
// rename (buyers see it in their order history) and a switch that emails the placing contact when the sync
// brings the order to that status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let dana: string;
let plenty: string;
const DANA = 'dana@demo-wholesale.example';

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  );
  const contacts = [...demo.contacts.active, ...demo.contacts.pending, ...demo.contacts.inactive];
  const token = await portal.invite(contacts.find((c: { email: string }) => c.email === DANA).guid, DANA);
  dana = (
    await portal.gw.request('POST', '/store/invitations/accept', { body: { token, password: PASSWORD } })
  ).body.token;
  plenty = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
  await portal.api('PUT', `/products/${plenty}/status`, { status: 'sellable' });
}, 60_000);
afterAll(() => portal.close());

const shop = (method: string, path: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token: dana, body });
const outbox = async (template: string) =>
  (await portal.api('GET', '/outbox')).body.items.filter(
    (m: { template: string }) => m.template === template,
  ) as {
    to: string;
    subject: string;
  }[];

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out waiting');
}

/** Places one DEMO-PLENTY and waits until it is imported and the push's sync has finished. */
async function placeImported(): Promise<string> {
  await shop('PUT', `/cart/lines/${plenty}`, { quantity: 1 });
  const placed = await shop('POST', '/orders', {
    deliveryAddress: { street: '1 Main St', city: 'Auckland' },
  });
  expect(placed.status).toBe(201);
  await waitFor(
    async () =>
      (await portal.api('GET', '/orders')).body.items.find((o: { id: string }) => o.id === placed.body.id),
    (o) => o?.importState === 'imported',
  );
  await waitFor(
    async () => (await portal.api('GET', '/sync')).body.running,
    (running) => !running,
  );
  return placed.body.id;
}

async function completeInUnleashed(orderId: string): Promise<void> {
  const number = (await shop('GET', `/orders/${orderId}`)).body.unleashedOrderNumber;
  const [sales] = (await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${number}`)).body.Items;
  expect((await portal.gw.mock.call('POST', `/SalesOrders/${sales.Guid}/Complete`)).status).toBe(200);
  await portal.sync();
}

describe('order settings (R18, R18a)', () => {
  it('when the store is new, then every status has its R18a label and the buyer emails are on for Confirmed, Complete and Rejected', async () => {
    const store = (await portal.api('GET', '')).body;
    expect(store.orderStatuses).toEqual({
      processing: { label: 'Processing', notifyBuyer: false },
      'pending-approval': { label: 'Pending Approval', notifyBuyer: false },
      confirmed: { label: 'Confirmed', notifyBuyer: true },
      'coming-soon': { label: 'Coming Soon', notifyBuyer: false },
      complete: { label: 'Complete', notifyBuyer: true },
      rejected: { label: 'Rejected', notifyBuyer: true },
    });
    expect(store).toMatchObject({ orderRequestEmailToBuyer: true, orderRequestEmailToAdmin: true });
  });

  it('when both order-request switches are off, then placing an order sends neither email (R18)', async () => {
    await portal.api('PATCH', '', { orderRequestEmailToBuyer: false, orderRequestEmailToAdmin: false });
    await placeImported();
    expect(await outbox('order-request-buyer')).toEqual([]);
    expect(await outbox('order-request-admin')).toEqual([]);
    await portal.api('PATCH', '', { orderRequestEmailToAdmin: true });
    await placeImported();
    expect(await outbox('order-request-buyer')).toEqual([]);
    expect((await outbox('order-request-admin')).map((m) => m.to)).toEqual(['orders@supplier.example']);
  });

  it('when the admin renames a label, then the buyer order list and detail (and the admin list) carry it and the switch is kept (R18a)', async () => {
    const renamed = await portal.api('PATCH', '', {
      orderStatuses: {
        'pending-approval': { label: 'Awaiting our review' },
        complete: { label: 'Delivered' },
      },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.orderStatuses.complete).toEqual({ label: 'Delivered', notifyBuyer: true });
    const orders = (await shop('GET', '/orders')).body.items;
    expect(orders.length).toBeGreaterThan(0);
    for (const order of orders)
      expect(order).toMatchObject({ status: 'pending-approval', statusLabel: 'Awaiting our review' });
    expect((await shop('GET', `/orders/${orders[0].id}`)).body.statusLabel).toBe('Awaiting our review');
    const adminView = (await portal.api('GET', '/orders')).body.items[0];
    expect(adminView).toMatchObject({ status: 'pending-approval', statusLabel: 'Awaiting our review' });
    const statuses = (await shop('GET', '/order-statuses')).body.items;
    // Awaiting approval (B8) comes first: before the order goes to Unleashed, with its fixed label.
    expect(statuses.map((s: { label: string }) => s.label)).toEqual([
      'Awaiting approval',
      'Processing',
      'Awaiting our review',
      'Confirmed',
      'Coming Soon',
      'Delivered',
      'Rejected',
    ]);
    expect((await portal.gw.request('GET', '/store/order-statuses')).status).toBe(401);
  });

  it('when a bad label is given, then the answer is a 400 naming the field and nothing changes', async () => {
    const bad = await portal.api('PATCH', '', { orderStatuses: { complete: { label: '' } } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.errors)).toContain('label');
    expect((await portal.api('GET', '')).body.orderStatuses.complete.label).toBe('Delivered');
  });

  it('when the supplier completes an order and its switch is on, then the sync emails the placing contact with the store label; the import itself (Pending Approval, off) sent nothing', async () => {
    expect(await outbox('order-status-changed')).toEqual([]);
    const orderId = await placeImported();
    await completeInUnleashed(orderId);
    expect((await shop('GET', `/orders/${orderId}`)).body).toMatchObject({
      status: 'complete',
      statusLabel: 'Delivered',
    });
    const sent = await outbox('order-status-changed');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: DANA });
    expect(sent[0]?.subject).toContain('Delivered');
  });

  it('when the switch for Complete is off, then completing an order sends no status email', async () => {
    await portal.api('PATCH', '', { orderStatuses: { complete: { notifyBuyer: false } } });
    const orderId = await placeImported();
    await completeInUnleashed(orderId);
    expect((await shop('GET', `/orders/${orderId}`)).body.status).toBe('complete');
    expect(await outbox('order-status-changed')).toHaveLength(1);
  });
});
