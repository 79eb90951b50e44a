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
    expect(out.status).toBe(422);
    expect(out.body.type).toMatch(/\/not-enough-stock$/);
    expect(out.body.detail).toBe('DEMO-OUT: none available.');
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

describe('purchase-order references (B7)', () => {
  let demoGuid: string;
  let poOrderId: string;
  const requirePo = (purchaseOrderRefRequired: boolean) =>
    portal.api('PUT', `/customers/${demoGuid}/order-settings`, { purchaseOrderRefRequired });
  const address = { street: '1 Main St', city: 'Auckland' };

  beforeAll(async () => {
    demoGuid = (await store('GET', '/me', dana)).body.customer.guid;
  });

  it('when the admin requires a PO number for the customer, then checkout says so and an order without one answers 400 naming purchaseOrderRef, the cart kept', async () => {
    expect((await store('GET', '/checkout-settings', dana)).body).toEqual({
      purchaseOrderRefRequired: false,
    });
    expect((await requirePo(true)).body).toEqual({ purchaseOrderRefRequired: true });
    expect((await portal.api('GET', `/customers/${demoGuid}/order-settings`)).body).toEqual({
      purchaseOrderRefRequired: true,
    });
    expect((await store('GET', '/checkout-settings', dana)).body).toEqual({ purchaseOrderRefRequired: true });
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 2 });
    for (const purchaseOrderRef of [undefined, null, '   ']) {
      const refused = await store('POST', '/orders', dana, { deliveryAddress: address, purchaseOrderRef });
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body.errors).toEqual([
        { field: 'purchaseOrderRef', message: 'is required for this customer' },
      ]);
      expect(refused.body.detail).toBe(
        'Enter your purchase-order number: Demo Wholesale Ltd needs one on every order.',
      );
    }
    expect((await store('GET', '/cart', dana)).body.lines).toHaveLength(1);
    // Another customer's buyer is not asked for one.
    expect((await store('GET', '/checkout-settings', other)).body).toEqual({
      purchaseOrderRefRequired: false,
    });
  });

  it('when the buyer gives one, then it is saved trimmed, shown to buyer and admin, in both confirmation emails, and reaches Unleashed as CustomerRef', async () => {
    const placed = await store('POST', '/orders', dana, {
      deliveryAddress: address,
      purchaseOrderRef: ' PO-7731/a ',
    });
    expect(placed.status).toBe(201);
    expect(placed.body.purchaseOrderRef).toBe('PO-7731/a');
    poOrderId = placed.body.id;
    expect((await store('GET', `/orders/${poOrderId}`, dana)).body.purchaseOrderRef).toBe('PO-7731/a');
    expect((await portal.api('GET', `/orders/${poOrderId}`)).body.purchaseOrderRef).toBe('PO-7731/a');
    const admin = await waitFor(
      async () => (await portal.api('GET', `/orders/${poOrderId}`)).body,
      (o) => o.importState === 'imported',
    );
    const found = await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${admin.unleashedOrderNumber}`);
    expect(found.body.Items[0]).toMatchObject({ CustomerRef: 'PO-7731/a', SourceId: poOrderId });
    const messages = (await portal.api('GET', '/outbox?pageSize=200')).body.items;
    for (const template of ['order-request-buyer', 'order-request-admin']) {
      const newest = messages.find((m: { template: string }) => m.template === template);
      const full = (await portal.api('GET', `/outbox/${newest.id}`)).body;
      expect(full.text).toContain('PO number: PO-7731/a');
    }
    await requirePo(false);
  });

  it("when the buyer or the admin searches the order lists by the PO number, then that order comes back, and no other customer's buyer finds it", async () => {
    const buyerIds = async (query: string, token = dana) =>
      (await store('GET', `/orders?${query}`, token)).body.items.map((o: { id: string }) => o.id);
    expect(await buyerIds('search=7731%2FA')).toEqual([poOrderId]);
    expect(await buyerIds('purchaseOrderRef=po-77')).toEqual([poOrderId]);
    expect(await buyerIds('purchaseOrderRef=7731')).toEqual([]);
    expect(await buyerIds('purchaseOrderRef=PO-7731', other)).toEqual([]);
    expect(await buyerIds('search=PO-7731', other)).toEqual([]);
    const adminList = async (query: string) => (await portal.api('GET', `/orders?${query}`)).body.items;
    const [hit, ...more] = await adminList('search=po-7731');
    expect(more).toEqual([]);
    expect(hit).toMatchObject({ id: poOrderId, purchaseOrderRef: 'PO-7731/a', customerCode: 'DEMO001' });
    expect((await adminList('purchaseOrderRef=PO-7731%2F')).map((o: { id: string }) => o.id)).toEqual([
      poOrderId,
    ]);
    // `%` and `_` are matched as themselves, not as wildcards.
    expect(await adminList('purchaseOrderRef=PO%25')).toEqual([]);
    expect(await adminList('purchaseOrderRef=P_-7731')).toEqual([]);
  });

  it('when the admin sets the setting for a customer the store does not have, then it answers 404', async () => {
    const { status, body } = await portal.api('PUT', '/customers/no-such-customer/order-settings', {
      purchaseOrderRefRequired: true,
    });
    expect(status).toBe(404);
    expect(body.type).toMatch(/not-found$/);
  });
});

describe('checkout and the one order reference (issue 16 items 4, 7)', () => {
  const address = { street: '1 Main St', city: 'Auckland' };
  const dayFromToday = (days: number) =>
    new Date(portal.gw.clock.now().getTime() + days * 86_400_000).toISOString().slice(0, 10);
  afterAll(() =>
    portal.api('POST', '/products/status', { status: 'visible', productGuids: [guidOf['DEMO-LOW']] }),
  );

  it('when a line is updated, then it keeps its place in the cart, and the cart names its currency', async () => {
    await portal.api('POST', '/products/status', { status: 'sellable', productGuids: [guidOf['DEMO-LOW']] });
    await store('DELETE', '/cart', dana);
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 1 });
    await store('PUT', `/cart/lines/${guidOf['DEMO-LOW']}`, dana, { quantity: 1 });
    const { body } = await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 3 });
    expect(body.lines.map((l: { code: string; quantity: number }) => `${l.code} ${l.quantity}`)).toEqual([
      'DEMO-PLENTY 3',
      'DEMO-LOW 1',
    ]);
    expect(body.currency).toBe('NZD');
  });

  it('when the requested delivery date is in the past, then placing answers 400 problem+json naming requiredDate, the cart kept', async () => {
    const refused = await store('POST', '/orders', dana, {
      deliveryAddress: address,
      requiredDate: dayFromToday(-1),
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([
      { field: 'requiredDate', message: `must be today (${dayFromToday(0)}) or later` },
    ]);
    expect((await store('GET', '/cart', dana)).body.lines).toHaveLength(2);
    const garbled = await store('POST', '/orders', dana, { deliveryAddress: address, requiredDate: 'soon' });
    expect(garbled.status).toBe(400);
    expect(garbled.body.errors[0].field).toContain('requiredDate');
  });

  it("when the buyer asks for a delivery day, then the order carries it and it reaches Unleashed's sales order as RequiredDate; the store's number is the reference until Unleashed numbers it, then kept beside it", async () => {
    const wanted = dayFromToday(5);
    const placed = await store('POST', '/orders', dana, { deliveryAddress: address, requiredDate: wanted });
    expect(placed.status).toBe(201);
    const storeReference = placed.body.id.slice(0, 8).toUpperCase();
    expect(placed.body).toMatchObject({ requiredDate: wanted, reference: storeReference, storeReference });
    const messages = (await portal.api('GET', '/outbox?pageSize=200')).body.items;
    const request = messages.find((m: { template: string }) => m.template === 'order-request-buyer');
    expect(request.subject).toBe(`Order request ${storeReference} received`);
    const admin = await waitFor(
      async () => (await portal.api('GET', `/orders/${placed.body.id}`)).body,
      (o) => o.importState === 'imported',
    );
    expect(admin).toMatchObject({
      reference: admin.unleashedOrderNumber,
      storeReference,
      requiredDate: wanted,
    });
    expect((await store('GET', `/orders/${placed.body.id}`, dana)).body).toMatchObject({
      reference: admin.unleashedOrderNumber,
      storeReference,
    });
    const found = await store('GET', `/orders?search=${storeReference.toLowerCase()}`, dana);
    expect(found.body.items.map((o: { id: string }) => o.id)).toEqual([placed.body.id]);
    const [sales] = (
      await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${admin.unleashedOrderNumber}`)
    ).body.Items;
    expect(sales.RequiredDate).toBe(`/Date(${Date.parse(`${wanted}T00:00:00Z`)})/`);
  });

  it('when the supplier adds freight and completes it, then the status email names the one reference, the store number, the lines, the freight and the totals as they stand', async () => {
    const [address] = (await store('GET', '/addresses', dana)).body.items;
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 2 });
    const placed = (await store('POST', '/orders', dana, { deliveryAddress: address })).body;
    const imported = await waitFor(
      async () => (await portal.api('GET', `/orders/${placed.id}`)).body,
      (o) => o.importState === 'imported',
    );
    const [sales] = (
      await portal.gw.mock.call('GET', `/SalesOrders?orderNumber=${imported.unleashedOrderNumber}`)
    ).body.Items;
    const lines = [
      ...sales.SalesOrderLines,
      { LineType: 'Charge', Product: { ProductDescription: 'Freight' }, UnitPrice: 9.5 },
    ];
    await portal.gw.mock.call('PUT', `/SalesOrders/${sales.Guid}`, { SalesOrderLines: lines });
    expect((await portal.gw.mock.call('POST', `/SalesOrders/${sales.Guid}/Complete`)).status).toBe(200);
    await portal.sync();
    const order = (await store('GET', `/orders/${placed.id}`, dana)).body;
    const messages = (await portal.api('GET', '/outbox?pageSize=200')).body.items;
    const notice = messages.find(
      (m: { template: string; subject: string }) =>
        m.template === 'order-status-changed' && m.subject.includes(imported.unleashedOrderNumber),
    );
    expect(notice.subject).toBe(`Order ${imported.unleashedOrderNumber}: Complete`);
    const { text } = (await portal.api('GET', `/outbox/${notice.id}`)).body;
    const money = (n: number) => `NZ$${n.toFixed(2)}`;
    expect(text).toContain(`Order: ${imported.unleashedOrderNumber}`);
    expect(text).toContain(`Store reference: ${placed.storeReference}`);
    expect(text).toContain(`2 x DEMO-PLENTY`);
    expect(text).toContain(`Freight: ${money(9.5)}`);
    expect(text).toContain(`Subtotal: ${money(order.subTotal)}`);
    expect(text).toContain(`Tax: ${money(order.taxTotal)}`);
    expect(text).toContain(`Total: ${money(order.total)}`);
    expect(order.charges).toEqual([{ description: 'Freight', amount: 9.5 }]);
  });
});
