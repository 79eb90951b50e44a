// Standing orders as buyers and admins manage them (R21): made from the cart with a unique name, a fixed
// address, a schedule (default every 2nd week) and a start date; edited, paused, resumed and cancelled; scoped
// to the buyer's customer; listed for admins with a 3-month report of quantities due; refused while the store
// has them switched off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from './portal-fixtures.ts';
import { DANA, type StandingOrderPortal, startStandingOrderPortal } from './standing-order-fixtures.ts';

let so: StandingOrderPortal;

beforeAll(async () => {
  so = await startStandingOrderPortal();
}, 90_000);
afterAll(() => so.close());

describe('creating a standing order (R21)', () => {
  it('when a buyer saves the cart as a standing order, then it copies the lines, keeps the cart, runs first on the start date every 2nd week and shows who created it', async () => {
    await so.fillCart(DANA, { 'DEMO-PLENTY': 10 });
    const made = await so.create(DANA, { name: 'Weekly restock', startDate: so.day(3), comment: 'Dock 2' });
    expect(made).toMatchObject({
      name: 'Weekly restock',
      status: 'active',
      customerCode: 'DEMO001',
      createdByEmail: DANA,
      schedule: { frequency: 'weekly', every: 2 },
      startDate: so.day(3),
      nextRunDate: so.day(3),
      comment: 'Dock 2',
      deliveryAddress: { street: '1 Depot Road', city: 'Auckland' },
      lines: [{ code: 'DEMO-PLENTY', quantity: 10 }],
      runs: [],
    });
    expect((await so.store(DANA, 'GET', '/cart')).body.lines).toHaveLength(1);
  });

  it('when the name is already used by the same customer in another case, then it answers 409 with a sentence; another customer may use it', async () => {
    const taken = await so.store(DANA, 'POST', '/standing-orders', {
      name: 'WEEKLY RESTOCK',
      startDate: so.day(3),
      deliveryAddress: { city: 'Auckland' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.type).toMatch(/standing-order-name-taken$/);
    expect(taken.body.detail).toBe('You already have a standing order called "Weekly restock".');
    await so.fillCart(so.sue.email, { 'DEMO-PLENTY': 1 });
    expect((await so.create(so.sue.email, { name: 'weekly restock', startDate: so.day(3) })).name).toBe(
      'weekly restock',
    );
  });

  it('when the start date is in the past, the address has no street or city, or the cart is empty, then it is refused with a sentence and nothing is saved', async () => {
    const before = (await so.store(DANA, 'GET', '/standing-orders')).body.items.length;
    const past = await so.store(DANA, 'POST', '/standing-orders', {
      name: 'Yesterday',
      startDate: so.day(-1),
      deliveryAddress: { city: 'Auckland' },
    });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([{ field: 'startDate', message: 'must be today or later' }]);
    const nowhere = await so.store(DANA, 'POST', '/standing-orders', {
      name: 'Nowhere',
      startDate: so.day(1),
      deliveryAddress: { name: 'Front desk' },
    });
    expect(nowhere.body.detail).toBe('A delivery address needs at least a street or a city.');
    await so.store(DANA, 'DELETE', '/cart');
    const empty = await so.store(DANA, 'POST', '/standing-orders', {
      name: 'Empty',
      startDate: so.day(1),
      deliveryAddress: { city: 'Auckland' },
    });
    expect(empty.status).toBe(409);
    expect(empty.body.detail).toMatch(/^The cart is empty/);
    expect((await so.store(DANA, 'GET', '/standing-orders')).body.items).toHaveLength(before);
  });

  it('when the PO pattern has a placeholder other than {date}, or none while the customer requires a PO, then it answers 400 naming purchaseOrderRef; a valid pattern is kept as written (B7)', async () => {
    await so.fillCart(so.sue.email, { 'DEMO-PLENTY': 1 });
    const create = (name: string, purchaseOrderRef?: string) =>
      so.store(so.sue.email, 'POST', '/standing-orders', {
        name,
        startDate: so.day(2),
        deliveryAddress: { city: 'Auckland' },
        ...(purchaseOrderRef === undefined ? {} : { purchaseOrderRef }),
      });
    for (const pattern of ['PO-{week}', 'PO-{date', 'PO-}']) {
      const refused = await create(`Pattern ${pattern}`, pattern);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([
        { field: 'purchaseOrderRef', message: 'only {date} may stand in braces' },
      ]);
    }
    const me = (await so.store(so.sue.email, 'GET', '/me')).body;
    await so.portal.api('PUT', `/customers/${me.customer.guid}/order-settings`, {
      purchaseOrderRefRequired: true,
    });
    const missing = await create('No PO');
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([
      { field: 'purchaseOrderRef', message: 'is required for this customer' },
    ]);
    const [mine] = (await so.store(so.sue.email, 'GET', '/standing-orders')).body.items;
    const edited = await so.store(so.sue.email, 'PATCH', `/standing-orders/${mine.id}`, {
      purchaseOrderRef: ' SUE-{date}/{date} ',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.purchaseOrderRef).toBe('SUE-{date}/{date}');
    await so.portal.api('PUT', `/customers/${me.customer.guid}/order-settings`, {
      purchaseOrderRefRequired: false,
    });
  });
});

describe('managing a standing order (R21)', () => {
  let id: string;
  beforeAll(async () => {
    await so.fillCart(DANA, { 'DEMO-PLENTY': 4 });
    id = (await so.create(DANA, { name: 'Manage me', startDate: so.day(5) })).id;
  });

  it("when another customer's buyer asks for it by id or lists theirs, then it answers 404 and lists none of dana's", async () => {
    for (const [method, path] of [
      ['GET', ''],
      ['PATCH', ''],
      ['POST', '/pause'],
      ['POST', '/cancel'],
    ] as const) {
      const answer = await so.store(
        so.sue.email,
        method,
        `/standing-orders/${id}${path}`,
        method === 'PATCH' ? { name: 'Mine' } : undefined,
      );
      expect(answer.status).toBe(404);
    }
    const theirs = (await so.store(so.sue.email, 'GET', '/standing-orders')).body.items;
    expect(theirs.map((o: { customerCode: string }) => o.customerCode)).not.toContain('DEMO001');
    expect((await so.store(DANA, 'GET', `/standing-orders/${id}`)).body.name).toBe('Manage me');
  });

  it('when the buyer edits name, schedule, start date and lines, then they are saved and the next run is the new start date', async () => {
    const edited = await so.store(DANA, 'PATCH', `/standing-orders/${id}`, {
      name: 'Monthly top-up',
      schedule: { frequency: 'monthly', every: 1 },
      startDate: so.day(7),
      lines: [
        { productGuid: so.guidOf['DEMO-PLENTY'], quantity: 6 },
        { productGuid: so.guidOf['DEMO-LOW'], quantity: 1 },
      ],
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({
      name: 'Monthly top-up',
      schedule: { frequency: 'monthly', every: 1 },
      startDate: so.day(7),
      nextRunDate: so.day(7),
      lines: [
        { code: 'DEMO-PLENTY', quantity: 6 },
        { code: 'DEMO-LOW', quantity: 1 },
      ],
    });
    const clash = await so.store(DANA, 'PATCH', `/standing-orders/${id}`, { name: 'weekly RESTOCK' });
    expect(clash.status).toBe(409);
  });

  it('when paused, then it has no next run and pausing again is a 409; when resumed, then the next run is the first date ahead; when cancelled, then it can no longer change', async () => {
    const paused = await so.store(DANA, 'POST', `/standing-orders/${id}/pause`);
    expect(paused.body).toMatchObject({ status: 'paused', nextRunDate: null });
    const again = await so.store(DANA, 'POST', `/standing-orders/${id}/pause`);
    expect(again.status).toBe(409);
    expect(again.body.detail).toBe('This standing order is paused and cannot be paused.');
    const resumed = await so.store(DANA, 'POST', `/standing-orders/${id}/resume`);
    expect(resumed.body).toMatchObject({ status: 'active', nextRunDate: so.day(7) });
    const cancelled = await so.store(DANA, 'POST', `/standing-orders/${id}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', nextRunDate: null });
    expect((await so.store(DANA, 'PATCH', `/standing-orders/${id}`, { name: 'Back' })).status).toBe(409);
    expect((await so.store(DANA, 'POST', `/standing-orders/${id}/resume`)).status).toBe(409);
  });
});

describe('what admins see (R21)', () => {
  it('when the admin lists standing orders, then every customer is there by name and code, filtered by status and paged', async () => {
    const all = (await so.portal.api('GET', '/standing-orders')).body;
    const codes = all.items.map((o: { customerCode: string }) => o.customerCode);
    expect(codes).toContain('DEMO001');
    expect(codes.some((c: string) => c !== 'DEMO001')).toBe(true);
    expect(all.items.find((o: { customerCode: string }) => o.customerCode === 'DEMO001').customerName).toBe(
      'Demo Wholesale Ltd',
    );
    const cancelled = (await so.portal.api('GET', '/standing-orders?status=cancelled')).body;
    expect(cancelled.items.map((o: { name: string }) => o.name)).toEqual(['Monthly top-up']);
    const page = (await so.portal.api('GET', '/standing-orders?status=active&pageSize=1')).body;
    expect(page).toMatchObject({ page: 1, pageSize: 1, total: all.total - 1 });
    expect(page.items).toHaveLength(1);
  });

  it('when the admin asks for the report, then it sums the quantities due per product over the next 3 months from the active schedules', async () => {
    // Active now: dana's 10 x DEMO-PLENTY and Sue's 1 x DEMO-PLENTY, both every 2nd week from day 3
    // (days 3, 17, … 87: 7 runs each within 3 months); add Sue's monthly 2 x DEMO-LOW from day 2 (3 runs).
    await so.fillCart(so.sue.email, { 'DEMO-LOW': 2 });
    await so.create(so.sue.email, {
      name: 'Monthly low',
      startDate: so.day(2),
      schedule: { frequency: 'monthly', every: 1 },
    });
    const { status, body } = await so.portal.api('GET', '/standing-orders/report');
    expect(status).toBe(200);
    expect(body).toMatchObject({ from: so.day(0) });
    const low = body.items.find((i: { code: string }) => i.code === 'DEMO-LOW');
    const plenty = body.items.find((i: { code: string }) => i.code === 'DEMO-PLENTY');
    expect(low).toMatchObject({ runs: 3, quantity: 6 });
    expect(low.months.map((m: { quantity: number }) => m.quantity)).toEqual([2, 2, 2]);
    expect(plenty).toMatchObject({ runs: 14, quantity: 77 });
    const monthly = plenty.months.reduce((sum: number, m: { quantity: number }) => sum + m.quantity, 0);
    expect(monthly).toBe(77);
  });
});

describe('a store that does not allow standing orders', () => {
  it('when the admin switches standing orders off, then creating one answers 403 with a sentence; switched on again, it works', async () => {
    expect((await so.store(DANA, 'GET', '/me')).body.store.standingOrdersEnabled).toBe(true);
    const off = await so.portal.api('PATCH', '', { standingOrdersEnabled: false });
    expect(off.body.standingOrdersEnabled).toBe(false);
    // The buyer is told up front (/store/me), so the storefront need not offer what would be refused.
    expect((await so.store(DANA, 'GET', '/me')).body.store.standingOrdersEnabled).toBe(false);
    await so.fillCart(DANA, { 'DEMO-PLENTY': 1 });
    const refused = await so.store(DANA, 'POST', '/standing-orders', {
      name: 'Not allowed',
      startDate: so.day(1),
      deliveryAddress: { city: 'Auckland' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toMatch(/standing-orders-disabled$/);
    expect(refused.body.detail).toBe('Trade Store does not allow standing orders.');
    expect((await so.portal.api('GET', '/standing-orders/report')).body.items).toEqual([]);
    await so.portal.api('PATCH', '', { standingOrdersEnabled: true });
    expect((await so.create(DANA, { name: 'Allowed', startDate: so.day(1) })).status).toBe('active');
  });
});

describe('what a standing order keeps of its delivery address', () => {
  const counts = async () => ({
    buyer: (await so.store(DANA, 'GET', '/standing-orders')).body.items.length,
    admin: (await so.portal.api('GET', '/standing-orders?pageSize=200')).body.items.length,
  });

  it('when the address has an unknown field, a 1.9 MB string or a 5,000-deep object, then it answers 400 (413 past the body limit) problem+json, saves nothing, and both lists still answer', async () => {
    await so.fillCart(DANA, { 'DEMO-PLENTY': 1 });
    const before = await counts();
    const deep = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const bodies = [
      { street: '1 Depot Road', note: 'kept?' },
      { street: 'x'.repeat(1_900_000) },
      { street: '1 Depot Road', blob: 'x'.repeat(1_900_000) },
    ].map((deliveryAddress) => JSON.stringify({ name: 'Hostile', startDate: so.day(3), deliveryAddress }));
    bodies.push(`{"name":"Hostile","startDate":"${so.day(3)}","deliveryAddress":{"street":"1","x":${deep}}}`);
    const login = await so.portal.gw.request('POST', '/store/login', {
      body: { storeId: so.portal.storeId, email: DANA, password: PASSWORD },
    });
    for (const body of bodies) {
      const answer = await fetch(`${so.portal.gw.url}/store/standing-orders`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.body.token}` },
        body,
      });
      // A body over the route's 128 KB is refused before it is read (413); the others by the spec (400).
      expect(answer.status).toBe(body.length > 128 * 1024 ? 413 : 400);
      expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect(await counts()).toEqual(before);
  });

  it('when an edit adds a field to the address, then it answers 400 naming it and the address is unchanged', async () => {
    const made = await so.create(DANA, { name: 'Address kept', startDate: so.day(3) });
    const edited = await so.store(DANA, 'PATCH', `/standing-orders/${made.id}`, {
      deliveryAddress: { city: 'Wellington', isAdmin: true },
    });
    expect(edited.status).toBe(400);
    expect(edited.body.errors).toContainEqual(expect.objectContaining({ field: 'deliveryAddress.isAdmin' }));
    const kept = await so.store(DANA, 'GET', `/standing-orders/${made.id}`);
    expect(kept.body.deliveryAddress).toEqual({ street: '1 Depot Road', city: 'Auckland' });
  });
});
