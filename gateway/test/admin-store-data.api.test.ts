// What the admin pages read about the store: a bulk status change by filter that skips obsolete products (R3,
// R6), the orders list with customer, status label and a status filter, one order in full with who placed it
// (R18a, R20, R23), and the customer types for the customers page's filter (R11).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from './harness.ts';
import { PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let dana: string;
let demo: { guid: string };
const guidOf: Record<string, string> = {};
const address = { street: '1 Main St', city: 'Auckland' };

const store = (method: string, path: string, token: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token, body });

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items[0];
  const danaGuid = (await portal.api('GET', `/customers/${demo.guid}/contacts`)).body.items.find(
    (c: { email: string }) => c.email === 'dana@demo-wholesale.example',
  ).guid;
  const token = await portal.invite(danaGuid, 'dana@demo-wholesale.example');
  dana = (
    await portal.gw.request('POST', '/store/invitations/accept', { body: { token, password: PASSWORD } })
  ).body.token;
  for (const code of ['DEMO-PLENTY', 'DEMO-OUT', 'DEMO-OBSOLETE'])
    guidOf[code] = (await portal.api('GET', `/products?search=${code}`)).body.items[0].guid;
}, 60_000);
afterAll(() => portal.close());

describe('bulk product status by filter (R3, R6)', () => {
  it('when every matching product is made Sellable and one is obsolete, then the others change and the obsolete one is reported as skipped', async () => {
    const { status, body } = await portal.api('POST', '/products/status', {
      status: 'sellable',
      filter: { search: 'DEMO-O' },
    });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ status: 'sellable', changed: 1, skippedObsolete: 1 });
    const obsolete = (await portal.api('GET', '/products?search=DEMO-OBSOLETE')).body.items[0];
    expect(obsolete.status).toBe('hidden');
  });

  it('when a selection names an obsolete product, then nothing changes and the answer is 409 product-obsolete', async () => {
    const { status, body } = await portal.api('POST', '/products/status', {
      status: 'visible',
      productGuids: [guidOf['DEMO-PLENTY'], guidOf['DEMO-OBSOLETE']],
    });
    expect(status).toBe(409);
    expect(body.detail).toContain('DEMO-OBSOLETE');
    expect((await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].status).toBe('hidden');
  });
});

describe('the admin orders list and detail (R18a, R20, R23)', () => {
  let ownId: string;
  let onBehalfId: string;
  beforeAll(async () => {
    // Unleashed takes no order meanwhile: both stay Processing, whenever the import would have run.
    await portal.gw.mock.control('POST', '/__control/faults', {
      kind: 'error',
      rate: 1,
      status: 503,
      pathPrefix: '/SalesOrders',
      method: 'POST',
    });
    await portal.api('POST', '/products/status', {
      status: 'sellable',
      productGuids: [guidOf['DEMO-PLENTY']],
    });
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, dana, { quantity: 10 });
    ownId = (await store('POST', '/orders', dana, { deliveryAddress: address, comment: 'Back door' })).body
      .id;
    const acting = (await portal.api('POST', '/acting', { customerGuid: demo.guid })).body.token;
    const contacts = (await store('GET', '/acting/contacts', acting)).body.items;
    await store('PUT', `/cart/lines/${guidOf['DEMO-PLENTY']}`, acting, { quantity: 2 });
    const placed = await store('POST', '/orders', acting, {
      deliveryAddress: address,
      placedForContactGuid: contacts.find((c: { email: string }) => c.email === 'dana@demo-wholesale.example')
        .guid,
    });
    onBehalfId = placed.body.id;
  });

  it("when the admin lists orders, then each names its customer's code and name and the status as the store labels it", async () => {
    await portal.gw.request('PATCH', `/admin/stores/${portal.storeId}`, {
      token: portal.admin,
      body: { orderStatuses: { processing: { label: 'Received' } } },
    });
    const { status, body } = await portal.api('GET', '/orders');
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([ownId, onBehalfId]));
    expect(body.items[0]).toMatchObject({
      customerCode: 'DEMO001',
      customerName: 'Demo Wholesale Ltd',
      status: 'processing',
      statusLabel: 'Received',
    });
  });

  it('when the admin filters by status, then only orders in that status are listed; an unknown status is a 400', async () => {
    expect((await portal.api('GET', '/orders?status=processing')).body.total).toBe(2);
    const [newest] = (await portal.api('GET', '/orders?status=processing&pageSize=1')).body.items;
    const secondPage = (await portal.api('GET', '/orders?status=processing&pageSize=1&page=2')).body;
    expect(secondPage).toMatchObject({ total: 2, items: [{ customerName: 'Demo Wholesale Ltd' }] });
    expect([newest.id, secondPage.items[0].id].sort()).toEqual([ownId, onBehalfId].sort());
    expect((await portal.api('GET', '/orders?status=complete')).body).toMatchObject({ total: 0, items: [] });
    expect((await portal.api('GET', '/orders?status=shipped')).status).toBe(400);
  });

  it('when the admin opens an order placed while acting, then it shows the lines, totals, the contact it was placed for and the admin who placed it', async () => {
    const { status, body } = await portal.api('GET', `/orders/${onBehalfId}`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({
      id: onBehalfId,
      customerName: 'Demo Wholesale Ltd',
      placedByEmail: 'dana@demo-wholesale.example',
      placedOnBehalfBy: ADMIN.email,
      lines: [{ code: 'DEMO-PLENTY', quantity: 2, unitPrice: 16.5, lineTotal: 33 }],
      charges: [],
      subTotal: 33,
    });
    const own = (await portal.api('GET', `/orders/${ownId}`)).body;
    expect(own).toMatchObject({
      placedOnBehalfBy: null,
      comment: 'Back door',
      importState: expect.any(String),
    });
  });

  it('when the order does not exist in this store, then the answer is 404', async () => {
    expect((await portal.api('GET', '/orders/no-such-order')).status).toBe(404);
  });
});

describe('customer types (R11)', () => {
  it('when customers of one type differ only in case, then the type is listed once, sorted with the others', async () => {
    await portal.addCustomer([], { customerType: 'Wholesale' });
    await portal.addCustomer([], { customerType: 'wholesale' });
    const { status, body } = await portal.api('GET', '/customer-types');
    expect(status).toBe(200);
    expect(body.items.filter((t: string) => t.toLowerCase() === 'wholesale')).toHaveLength(1);
    expect(body.items).toEqual([...body.items].sort((a: string, b: string) => a.localeCompare(b)));
  });
});
