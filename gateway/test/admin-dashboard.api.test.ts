// The admin's dashboard, order search, date range and CSV export (issue 16 item 8), against a real gateway and
// mock: two customers' buyers order, one order is refused by Unleashed, invitations are left pending and expired,
// a standing order comes due this week; the dashboard counts each, and the list and export find orders by number,
// customer, contact, product and day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, emailOf, type Portal, startPortal } from './portal-fixtures.ts';

const DANA = 'dana@demo-wholesale.example';
const address = { street: '1 Main St', city: 'Auckland' };

let portal: Portal;
let plenty: string;
let other: { code: string };
let [first, refused, otherOrder] = ['', '', ''];
let firstNumber: string;
let standingOrderId: string;

const today = () => portal.gw.clock.now().toISOString().slice(0, 10);
const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
const shopAs = (token: string) => (method: string, path: string, body?: unknown) =>
  portal.gw.request(method, `/store${path}`, { token, body });
const importState = async (id: string) => (await portal.api('GET', `/orders/${id}`)).body.importState;
/** Waits (a plain loop: beforeAll may not use expect.poll) until the order's import state is `state`. */
async function imported(id: string, state: 'imported' | 'failed') {
  for (let i = 0; i < 200 && (await importState(id)) !== state; i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await importState(id)).toBe(state);
}

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
  plenty = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items[0].guid;
  await portal.api('PUT', `/products/${plenty}/status`, { status: 'sellable' });
  // Xena's invitation is left to expire (8 days), then Yves is invited and Ann signs up: pending 1, expired 1.
  const invited = await portal.addCustomer([
    { firstName: 'Xena' },
    { firstName: 'Yves' },
    { firstName: 'Ann' },
  ]);
  other = invited;
  await portal.api('POST', `/contacts/${invited.contacts.Xena}/invitation`);
  await portal.advance(8 * DAY_MS);
  await portal.api('POST', `/contacts/${invited.contacts.Yves}/invitation`);
  const ann = shopAs(await portal.signUp(invited.contacts.Ann!, emailOf('Ann', invited.code)));
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items[0];
  const danaGuid = [...demo.contacts.active, ...demo.contacts.pending, ...demo.contacts.inactive].find(
    (c: { email: string }) => c.email === DANA,
  ).guid;
  const dana = shopAs(await portal.signUp(danaGuid, DANA));

  const place = async (shop: typeof dana, quantity: number) => {
    await shop('PUT', `/cart/lines/${plenty}`, { quantity });
    const placed = await shop('POST', '/orders', { deliveryAddress: address });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    return placed.body.id as string;
  };
  first = await place(dana, 2);
  await imported(first, 'imported');
  firstNumber = (await portal.api('GET', `/orders/${first}`)).body.unleashedOrderNumber;
  // Unleashed refuses the next one for good (400): its import fails.
  await portal.gw.mock.control('POST', '/__control/faults', {
    kind: 'error',
    rate: 1,
    status: 400,
    method: 'POST',
    pathPrefix: '/SalesOrders',
  });
  try {
    refused = await place(dana, 3);
    await imported(refused, 'failed');
  } finally {
    await portal.gw.mock.control('DELETE', '/__control/faults');
  }
  otherOrder = await place(ann, 1);
  await imported(otherOrder, 'imported');

  await dana('PUT', `/cart/lines/${plenty}`, { quantity: 4 });
  const standing = await dana('POST', '/standing-orders', {
    name: 'Friday top-up',
    deliveryAddress: address,
    startDate: dayAfter(today()),
  });
  expect(standing.status, JSON.stringify(standing.body)).toBe(201);
  standingOrderId = standing.body.id;
}, 90_000);
afterAll(() => portal?.close());

const ids = async (query: string) => {
  const answer = await portal.api('GET', `/orders?${query}`);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.items.map((o: { id: string }) => o.id).sort();
};
const sorted = (...values: string[]) => [...values].sort();

describe('the admin dashboard', () => {
  it("counts today's orders and their total, the failed import (listed with its reason), the sync, pending and expired invitations and the standing order due this week", async () => {
    const { status, body } = await portal.api('GET', '/dashboard');
    expect(status).toBe(200);
    const totals = await Promise.all(
      [first, refused, otherOrder].map(async (id) => (await portal.api('GET', `/orders/${id}`)).body.total),
    );
    expect(body.day).toBe(today());
    expect(body.todaysOrders).toEqual({
      count: 3,
      total: Math.round(totals.reduce((a: number, b: number) => a + b, 0) * 100) / 100,
    });
    expect(body.imports).toMatchObject({ waiting: 0, failed: 1 });
    expect(body.imports.failedOrders).toHaveLength(1);
    expect(body.imports.failedOrders[0]).toMatchObject({
      id: refused,
      customerCode: 'DEMO001',
      importState: 'failed',
      importError: expect.stringContaining('400'),
    });
    expect(body.sync).toMatchObject({ running: false, lastRunStatus: 'succeeded', lastRunError: null });
    expect(body.invitations).toEqual({ pending: 1, expired: 1 });
    expect(body.standingOrders).toEqual({
      dueThisWeek: 1,
      items: [
        {
          id: standingOrderId,
          name: 'Friday top-up',
          customerCode: 'DEMO001',
          nextRunDate: dayAfter(today()),
        },
      ],
    });
  });

  it('when a day passes, then the orders placed before are no longer today’s, and the standing order is still due', async () => {
    await portal.advance(DAY_MS);
    const { body } = await portal.api('GET', '/dashboard');
    expect(body.todaysOrders).toEqual({ count: 0, total: 0 });
    expect(body.standingOrders.dueThisWeek).toBe(1);
    await portal.advance(-DAY_MS);
  });
});

describe("the admin's order list", () => {
  it('finds orders by Unleashed number, customer name or code, contact email and product, in any case', async () => {
    expect(await ids(`search=${firstNumber.toLowerCase()}`)).toEqual([first]);
    expect(await ids('search=demo%20WHOLESALE')).toEqual(sorted(first, refused));
    expect(await ids(`search=${other.code.toLowerCase()}`)).toEqual([otherOrder]);
    expect(await ids('search=DANA%40demo')).toEqual(sorted(first, refused));
    expect(await ids('search=plenty%20widget')).toEqual(sorted(first, refused, otherOrder));
    expect(await ids('search=nothing-like-this')).toEqual([]);
  });

  it('filters by the days placed and by import state; a range that ends before it starts is refused at placedTo', async () => {
    const day = today();
    expect(await ids(`placedFrom=${day}&placedTo=${day}`)).toEqual(sorted(first, refused, otherOrder));
    expect(await ids(`placedFrom=${dayAfter(day)}`)).toEqual([]);
    expect(await ids('importState=failed')).toEqual([refused]);
    expect(await ids(`importState=imported&search=DEMO001&placedTo=${day}`)).toEqual([first]);
    const backwards = await portal.api('GET', `/orders?placedFrom=${dayAfter(day)}&placedTo=${day}`);
    expect(backwards.status).toBe(400);
    expect(backwards.body).toMatchObject({
      type: expect.stringContaining('validation-failed'),
      errors: [{ field: 'placedTo' }],
    });
  });

  it('exports what the filters match as a CSV attachment: header, one row per order, newest first', async () => {
    const response = await fetch(
      `${portal.gw.url}/admin/stores/${portal.storeId}/orders/export.csv?search=DEMO001`,
      { headers: { authorization: `Bearer ${portal.admin}` } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="orders-.+\.csv"$/);
    // The BOM (so spreadsheets read UTF-8) is kept: decoded without dropping it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = text.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe(
      'Order number,Store order id,Placed (UTC),Customer code,Customer name,Placed by,Status,Import state,Products,Subtotal,Tax,Total',
    );
    expect(rows).toHaveLength(3);
    const [newest, older] = rows.slice(1).map((row) => row.split(','));
    expect(newest?.slice(0, 2)).toEqual(['', refused]);
    expect(newest?.[7]).toBe('failed');
    expect(older?.slice(0, 2)).toEqual([firstNumber, first]);
    expect(older?.slice(3, 6)).toEqual(['DEMO001', 'Demo Wholesale Ltd', DANA]);
    expect(older?.[8]).toBe('DEMO-PLENTY × 2');
    const firstOrder = (await portal.api('GET', `/orders/${first}`)).body;
    expect(older?.[11]).toBe(firstOrder.total.toFixed(2));
    const backwards = await fetch(
      `${portal.gw.url}/admin/stores/${portal.storeId}/orders/export.csv?placedFrom=2026-02-02&placedTo=2026-02-01`,
      { headers: { authorization: `Bearer ${portal.admin}` } },
    );
    expect(backwards.status).toBe(400);
  });

  it('the dashboard and the export are admin-only', async () => {
    for (const path of ['dashboard', 'orders/export.csv']) {
      const answer = await fetch(`${portal.gw.url}/admin/stores/${portal.storeId}/${path}`);
      expect(answer.status, path).toBe(401);
    }
  });
});
