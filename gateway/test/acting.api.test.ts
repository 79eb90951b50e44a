// Acting as a customer (R22, R23): an admin sees a customer's catalogue and prices, orders for one of its
// contacts (deactivated ones refused and not offered), and every start and stop is in the acting log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from './harness.ts';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let dana: string;
let demo: { guid: string };
let shop: { guid: string; code: string; contacts: Record<string, string> };
const guidOf: Record<string, string> = {};

const store = (method: string, path: string, token: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token, body });
const startActing = async (customerGuid: string, admin = portal.admin) =>
  portal.gw.request('POST', `/admin/stores/${portal.storeId}/acting`, {
    token: admin,
    body: { customerGuid },
  });

const acceptAs = (contactGuid: string, email: string) => portal.signUp(contactGuid, email);
beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items.find(
    (c: { code: string }) => c.code === 'DEMO001',
  );
  dana = await acceptAs(
    (await portal.api('GET', `/customers/${demo.guid}/contacts`)).body.items.find(
      (c: { email: string }) => c.email === 'dana@demo-wholesale.example',
    ).guid,
    'dana@demo-wholesale.example',
  );
  shop = await portal.addCustomer([{ firstName: 'Ann' }, { firstName: 'Bob' }]);
  await acceptAs(shop.contacts.Bob!, emailOf('Bob', shop.code));
  await portal.api('POST', `/contacts/${shop.contacts.Bob}/deactivate`);
  guidOf['DEMO-PLENTY'] = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
  await portal.api('POST', '/products/status', { status: 'sellable', productGuids: [guidOf['DEMO-PLENTY']] });
}, 60_000);
afterAll(() => portal.close());

describe('acting as a customer (R22)', () => {
  it("when an admin acts as DEMO001, then /store/me shows the acting badge and the catalogue shows DEMO001's own price", async () => {
    const started = await startActing(demo.guid);
    expect(started.status).toBe(201);
    const acting = started.body.token;
    const me = await store('GET', '/me', acting);
    expect(me.body).toMatchObject({
      customer: { code: 'DEMO001' },
      acting: { adminEmail: ADMIN.email, adminName: ADMIN.name },
    });
    const products = await store('GET', '/products?search=DEMO-PLENTY', acting);
    expect(products.body.items[0]).toMatchObject({ code: 'DEMO-PLENTY', price: 16.5 });
    expect((await store('GET', '/me', dana)).body.acting).toBeUndefined();
  });

  it("when the acting admin fills a cart, then it never mixes with the customer's own contact's cart", async () => {
    const acting = (await startActing(demo.guid)).body.token;
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 3 });
    const added = await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, acting, { quantity: 7 });
    expect(added.body.lines).toMatchObject([{ quantity: 7 }]);
    expect((await store('GET', '/cart', dana)).body.lines).toMatchObject([{ quantity: 3 }]);
    await store('DELETE', '/cart', dana);
  });

  it('when the acting admin saves the cart as a standing order, then it is refused with 403 not-while-acting (R21 runs as a contact)', async () => {
    const acting = (await startActing(demo.guid)).body.token;
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, acting, { quantity: 2 });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const refused = await store('POST', '/standing-orders', acting, {
      name: 'Made by an admin',
      deliveryAddress: { street: '1 Main St', city: 'Auckland' },
      startDate: tomorrow,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toMatch(/\/not-while-acting$/);
    expect((await store('GET', '/standing-orders', acting)).body.items).toEqual([]);
    await store('DELETE', '/cart', acting);
  });

  it('when a buyer session calls the acting or admin endpoints, then it is refused (403), and an acting session cannot use admin endpoints', async () => {
    expect((await startActing(demo.guid, dana)).status).toBe(403);
    expect((await store('GET', '/acting/contacts', dana)).status).toBe(403);
    const placed = await store('POST', '/orders', dana, {
      deliveryAddress: { street: '1 Main St', city: 'Auckland' },
      placedForContactGuid: shop.contacts.Ann,
    });
    expect(placed.status).toBe(403);
    const acting = (await startActing(demo.guid)).body.token;
    const admin = await portal.gw.request('GET', `/admin/stores/${portal.storeId}/orders`, { token: acting });
    expect(admin.status).toBe(403);
  });

  it('when the customer is not in the store, then acting is refused with 409 customer-not-in-store; an unknown customer is 404', async () => {
    const out = await portal.addCustomer([{ firstName: 'Olga' }]);
    await portal.api('PUT', `/customers/${out.guid}/membership`, { inStore: false });
    const refused = await startActing(out.guid);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/customer-not-in-store$/);
    expect((await startActing('no-such-customer')).status).toBe(404);
  });
});

describe('ordering on behalf of a customer (R23)', () => {
  let acting: string;
  beforeAll(async () => {
    acting = (await startActing(shop.guid)).body.token;
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, acting, { quantity: 2 });
  });
  const address = { street: '1 Main St', city: 'Auckland' };

  it('when the admin lists the contacts to order for, then a deactivated contact is not offered', async () => {
    const { body } = await store('GET', '/acting/contacts', acting);
    expect(body.items.map((c: { email: string }) => c.email)).toEqual([emailOf('Ann', shop.code)]);
  });

  it('when the order names no contact, then it is refused with 400 naming placedForContactGuid and the cart is kept', async () => {
    const { status, body } = await store('POST', '/orders', acting, { deliveryAddress: address });
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe('placedForContactGuid');
    expect((await store('GET', '/cart', acting)).body.lines).toHaveLength(1);
  });

  it('when the order names a deactivated contact, then it is refused with 409 contact-deactivated', async () => {
    const { status, body } = await store('POST', '/orders', acting, {
      deliveryAddress: address,
      placedForContactGuid: shop.contacts.Bob,
    });
    expect(status).toBe(409);
    expect(body.type).toMatch(/contact-deactivated$/);
  });

  it('when the customer requires a PO number, then the acting checkout is told so and an order without one is refused with 400 naming purchaseOrderRef (B7)', async () => {
    await portal.api('PUT', `/customers/${shop.guid}/order-settings`, { purchaseOrderRefRequired: true });
    expect((await store('GET', '/checkout-settings', acting)).body).toEqual({
      purchaseOrderRefRequired: true,
    });
    const { status, body } = await store('POST', '/orders', acting, {
      deliveryAddress: address,
      placedForContactGuid: shop.contacts.Ann,
    });
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ field: 'purchaseOrderRef', message: 'is required for this customer' }]);
    expect((await store('GET', '/cart', acting)).body.lines).toHaveLength(1);
  });

  it("when the order names a good contact and a PO number, then placedByEmail is that contact's, the order carries the PO number, the buyer confirmation goes to it and the admin's names both", async () => {
    const ann = emailOf('Ann', shop.code);
    const placed = await store('POST', '/orders', acting, {
      deliveryAddress: address,
      placedForContactGuid: shop.contacts.Ann,
      purchaseOrderRef: 'ACT-PO-1',
    });
    expect(placed.status).toBe(201);
    expect(placed.body.placedByEmail).toBe(ann);
    expect(placed.body.purchaseOrderRef).toBe('ACT-PO-1');
    expect((await store('GET', '/cart', acting)).body.lines).toEqual([]);
    const messages = (await portal.api('GET', '/outbox')).body.items;
    expect(
      messages.some(
        (m: { template: string; to: string }) => m.template === 'order-request-buyer' && m.to === ann,
      ),
    ).toBe(true);
    const adminMessage = messages.find((m: { template: string }) => m.template === 'order-request-admin');
    const full = (await portal.api('GET', `/outbox/${adminMessage.id}`)).body;
    expect(full.text).toContain(ann);
    expect(full.text).toContain(ADMIN.email);
  });
});

describe('the acting log and when acting ends', () => {
  it('when the admin stops acting, then the acting session stops working and the log shows the start and the stop', async () => {
    const acting = (await startActing(demo.guid)).body.token;
    const stopped = await portal.api('DELETE', '/acting');
    expect(stopped.status).toBe(204);
    expect((await store('GET', '/me', acting)).status).toBe(401);
    const [latest] = (await portal.api('GET', '/acting-log')).body.items;
    expect(latest).toMatchObject({
      admin: { email: ADMIN.email },
      customer: { code: 'DEMO001' },
      endReason: 'stopped',
    });
    expect(latest.endedAt).not.toBeNull();
  });

  it("when the admin's own session ends, then the acting session ends with it", async () => {
    const admin = await portal.gw.loginAdmin();
    const acting = (await startActing(demo.guid, admin)).body.token;
    expect((await store('GET', '/me', acting)).status).toBe(200);
    await portal.gw.request('POST', '/admin/logout', { token: admin });
    expect((await store('GET', '/me', acting)).status).toBe(401);
    const [latest] = (await portal.api('GET', '/acting-log')).body.items;
    expect(latest.endReason).toBe('admin-signed-out');
  });

  it('when the admin starts acting again, then the earlier acting session ends as replaced', async () => {
    const first = (await startActing(demo.guid)).body.token;
    const second = (await startActing(shop.guid)).body.token;
    expect((await store('GET', '/me', first)).status).toBe(401);
    expect((await store('GET', '/me', second)).body.customer.guid).toBe(shop.guid);
    const [latest, earlier] = (await portal.api('GET', '/acting-log')).body.items;
    expect(latest).toMatchObject({ customer: { guid: shop.guid }, endReason: null, endedAt: null });
    expect(earlier).toMatchObject({ customer: { code: 'DEMO001' }, endReason: 'replaced' });
  });

  it('when the customer leaves the store, then the acting session ends', async () => {
    const gone = await portal.addCustomer([{ firstName: 'Gus' }]);
    const acting = (await startActing(gone.guid)).body.token;
    await portal.api('PUT', `/customers/${gone.guid}/membership`, { inStore: false });
    expect((await store('GET', '/cart', acting)).status).toBe(401);
    const [latest] = (await portal.api('GET', '/acting-log')).body.items;
    expect(latest).toMatchObject({ customer: { guid: gone.guid }, endReason: 'customer-left-store' });
  });

  it('when a browser starts acting with the admin cookie, then portal_session holds the acting session, admin pages still work, and stopping gives the admin cookie back', async () => {
    const admin = await portal.gw.loginAdmin();
    const url = `${portal.gw.url}/admin/stores/${portal.storeId}/acting`;
    const started = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Cookie: `portal_session=${admin}`,
        'X-Requested-With': 'portal',
      },
      body: JSON.stringify({ customerGuid: demo.guid }),
    });
    const { token } = await started.json();
    const set = started.headers.getSetCookie().join('\n');
    expect(set).toContain(`portal_session=${token}`);
    expect(set).toContain(`portal_admin_session=${admin}`);
    const both = `portal_session=${token}; portal_admin_session=${admin}`;
    expect((await fetch(`${portal.gw.url}/store/me`, { headers: { Cookie: both } })).status).toBe(200);
    expect((await fetch(`${portal.gw.url}/admin/me`, { headers: { Cookie: both } })).status).toBe(200);
    const stopped = await fetch(url, {
      method: 'DELETE',
      headers: { Cookie: both, 'X-Requested-With': 'portal' },
    });
    expect(stopped.status).toBe(204);
    expect(stopped.headers.getSetCookie().join('\n')).toContain(`portal_session=${admin}`);
  });
});
