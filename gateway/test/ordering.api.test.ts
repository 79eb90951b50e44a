// A buyer's cart and order (R18–R20): checked lines, saved at once as Processing with the placing contact's
// email, confirmation emails queued, imported into Unleashed once with the email in DeliveryInstruction, and
// Complete with the freight charge after the supplier completes it. Buyers see only their own customer's orders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let dana: string;
let other: string;
const guidOf: Record<string, string> = {};

const acceptAs = (contactGuid: string, email: string) => portal.signUp(contactGuid, email);
beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  );
  const contacts = [...demo.contacts.active, ...demo.contacts.pending, ...demo.contacts.inactive];
  dana = await acceptAs(
    contacts.find((c: { email: string }) => c.email === 'dana@demo-wholesale.example').guid,
    'dana@demo-wholesale.example',
  );
  const stranger = await portal.addCustomer([{ firstName: 'Sue' }]);
  other = await acceptAs(stranger.contacts.Sue!, emailOf('Sue', stranger.code));
  for (const code of ['DEMO-PLENTY', 'DEMO-LOW', 'DEMO-OUT'])
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
  await portal.api('POST', '/products/status', {
    status: 'sellable',
    productGuids: [guidOf['DEMO-PLENTY'], guidOf['DEMO-OUT']],
  });
  await portal.api('POST', '/products/status', { status: 'visible', productGuids: [guidOf['DEMO-LOW']] });
}, 60_000);
afterAll(() => portal.close());

const store = (method: string, path: string, token: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token, body });

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timed out waiting');
}

describe('the cart', () => {
  it('when a Visible (not Sellable) or out-of-stock product is added, then it is refused with a sentence and the cart is unchanged', async () => {
    const visible = await store('PUT', `/cart/lines/${guidOf['DEMO-LOW']}`, dana, { quantity: 1 });
    expect(visible.status).toBe(409);
    expect(visible.body.detail).toBe('This product can be viewed but not ordered.');
    const out = await store('PUT', `/cart/lines/${guidOf['DEMO-OUT']}`, dana, { quantity: 1 });
    expect(out.body.detail).toBe('This product is out of stock.');
    expect((await store('GET', '/cart', dana)).body.lines).toEqual([]);
  });

  it('when the quantity is not a positive whole number, then the answer is a 400 naming quantity', async () => {
    for (const quantity of [0, -1, 1.5]) {
      const { status, body } = await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity });
      expect(status).toBe(400);
      expect(body.errors[0].field).toContain('quantity');
    }
  });

  it("when a product is added, then the cart prices it at the buyer's own price with tax", async () => {
    const { body } = await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 10 });
    expect(body).toMatchObject({
      lines: [{ code: 'DEMO-PLENTY', quantity: 10, unitPrice: 16.5, lineTotal: 165, orderable: true }],
      subTotal: 165,
      taxTotal: 24.75,
      total: 189.75,
      canPlace: true,
    });
  });
});

describe('placing an order', () => {
  let orderId: string;

  it('when the buyer places the cart, then the order is saved as Processing with its email, the cart empties and both confirmations are queued', async () => {
    const [address] = (await store('GET', '/addresses', dana)).body.items;
    const placed = await store('POST', '/orders', dana, {
      deliveryAddress: address,
      comment: 'Back door please',
    });
    expect(placed.status).toBe(201);
    expect(placed.body).toMatchObject({
      status: 'processing',
      placedByEmail: 'dana@demo-wholesale.example',
      total: 189.75,
      comment: 'Back door please',
    });
    orderId = placed.body.id;
    expect((await store('GET', '/cart', dana)).body.lines).toEqual([]);
    const outbox = (await portal.api('GET', '/outbox')).body.items.map(
      (m: { template: string; to: string }) => `${m.template} ${m.to}`,
    );
    expect(outbox).toEqual(
      expect.arrayContaining([
        'order-request-buyer dana@demo-wholesale.example',
        'order-request-admin orders@supplier.example',
      ]),
    );
    // R20: the admin's confirmation names the contact who placed the order.
    const messages = (await portal.api('GET', '/outbox')).body.items;
    const adminMessage = messages.find((m: { template: string }) => m.template === 'order-request-admin');
    const full = (await portal.api('GET', `/outbox/${adminMessage.id}`)).body;
    expect(full.text).toContain('dana@demo-wholesale.example');
  });

  it('when the order is placed, then it is imported into Unleashed within moments, once, with the email in DeliveryInstruction', async () => {
    const admin = await waitFor(
      async () =>
        (await portal.api('GET', '/orders')).body.items.find((o: { id: string }) => o.id === orderId),
      (o) => o?.importState === 'imported',
    );
    const found = await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${admin.unleashedOrderNumber}`);
    expect(found.body.Items).toHaveLength(1);
    expect(found.body.Items[0].DeliveryInstruction).toContain('dana@demo-wholesale.example');
    expect(found.body.Items[0].Total).toBe(189.75);
  });

  it('when the supplier adds freight and completes it in Unleashed, then after the sync the buyer sees Complete with the charge', async () => {
    const number = (await store('GET', `/orders/${orderId}`, dana)).body.unleashedOrderNumber;
    const [sales] = (await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${number}`)).body.Items;
    const lines = [
      ...sales.SalesOrderLines,
      { LineType: 'Charge', Product: { ProductDescription: 'Freight' }, UnitPrice: 12 },
    ];
    expect(
      (await portal.gw.mock.call('PUT', `/SalesOrders/${sales.Guid}`, { SalesOrderLines: lines })).status,
    ).toBe(200);
    expect((await portal.gw.mock.call('POST', `/SalesOrders/${sales.Guid}/Complete`)).status).toBe(200);
    await portal.sync();
    const { body } = await store('GET', `/orders/${orderId}`, dana);
    expect(body).toMatchObject({
      status: 'complete',
      charges: [{ description: 'Freight', amount: 12 }],
      subTotal: 177,
    });
  });

  it("when another customer's buyer asks for the order by id, then it answers 404 as if it did not exist, and lists none", async () => {
    const { status } = await store('GET', `/orders/${orderId}`, other);
    expect(status).toBe(404);
    expect((await store('GET', '/orders', other)).body.items).toEqual([]);
    expect((await store('GET', '/orders', dana)).body.items.map((o: { id: string }) => o.id)).toContain(
      orderId,
    );
  });

  it('when the buyer filters the history (R19), then only orders of that status, day or number or product come back', async () => {
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 1 });
    const ids = async (query: string) =>
      (await store('GET', `/orders?${query}`, dana)).body.items.map((o: { id: string }) => o.id);
    // The order is imported within moments of being placed: Unleashed is made slow to take it, so that it is
    // still Processing when the history is filtered, however soon the push starts.
    await portal.gw.mock.control('POST', '/__control/faults', {
      kind: 'latency',
      latencyMs: 3_000,
      method: 'POST',
      pathPrefix: '/SalesOrders',
    });
    let secondId = '';
    try {
      const second = await store('POST', '/orders', dana, {
        deliveryAddress: { street: '2 Side St', city: 'Nelson' },
      });
      expect(second.status).toBe(201);
      secondId = second.body.id;
      expect(await ids('status=complete')).toEqual([orderId]);
      expect(await ids('status=processing')).toEqual([secondId]);
    } finally {
      await portal.gw.mock.control('DELETE', '/__control/faults');
    }
    const today = portal.gw.clock.now().toISOString().slice(0, 10);
    expect((await ids(`placedFrom=${today}&placedTo=${today}`)).sort()).toEqual([orderId, secondId].sort());
    expect(await ids('placedFrom=2099-01-01')).toEqual([]);
    const completed = (await store('GET', `/orders/${orderId}`, dana)).body;
    expect(await ids(`search=${completed.unleashedOrderNumber.toLowerCase()}`)).toEqual([orderId]);
    expect((await ids('search=demo-plenty')).length).toBe(2);
    const secondPage = (await store('GET', '/orders?pageSize=1&page=2', dana)).body;
    expect(secondPage).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(secondPage.items.map((o: { id: string }) => o.id)).toEqual([orderId]);
    const backwards = await store('GET', `/orders?placedFrom=${today}&placedTo=2000-01-01`, dana);
    expect(backwards.status).toBe(400);
    expect((await store('GET', '/orders?status=lost', dana)).status).toBe(400);
  });

  it('when the cart is empty, then placing is refused with a sentence', async () => {
    const { status, body } = await store('POST', '/orders', dana, {
      deliveryAddress: { street: '1 Main St', city: 'Auckland' },
    });
    expect(status).toBe(409);
    expect(body.detail).toBe('The cart is empty.');
  });
});
