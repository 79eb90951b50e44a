// The audit trail (B5): each admin action, and each action taken while acting as a customer, is recorded in the
// transaction of the change with who, when, what and the changed fields before and after; refused or failed
// changes leave no entry; admins list it with filters and export it as CSV. And who may change the plan (R7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from './harness.ts';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
let otherAdmin: string;
beforeAll(async () => {
  portal = await startPortal({ plan: 'premium' });
  // The test clock stands still: a second later, so the first admin is the older one (the owner).
  await portal.advance(1000);
  await portal.gw.gateway.services.admins.createAdmin(
    'second@supplier.example',
    'Sam Second',
    'An0therSecret!',
  );
  const login = await portal.gw.request('POST', '/admin/login', {
    body: { email: 'second@supplier.example', password: 'An0therSecret!' },
  });
  otherAdmin = login.body.token;
});
afterAll(() => portal.close());

/** The store's audit entries matching `query` (a query string without `?`). */
async function audit(query = '') {
  const { status, body } = await portal.api('GET', `/audit${query ? `?${query}` : ''}`);
  expect(status).toBe(200);
  return body;
}

describe('the plan (R7) and the store settings', () => {
  it('when an admin who is not the account owner changes the plan, then 403 forbidden and no entry is written', async () => {
    const { status, body } = await portal.gw.request('PUT', '/admin/account/plan', {
      token: otherAdmin,
      body: { plan: 'premium-plus' },
    });
    expect(status).toBe(403);
    expect(body.detail).toContain('account owner');
    expect((await portal.gw.request('GET', '/admin/account', { token: portal.admin })).body.plan).toBe(
      'premium',
    );
    expect((await audit('kind=plan-changed')).items).toEqual([]);
  });

  it('when the owner (the first admin) changes the plan, then the entry names them and the plan before and after', async () => {
    const { status } = await portal.gw.request('PUT', '/admin/account/plan', {
      token: portal.admin,
      body: { plan: 'premium-plus' },
    });
    expect(status).toBe(200);
    const { items } = await audit('kind=plan-changed');
    expect(items).toEqual([
      expect.objectContaining({
        adminEmail: ADMIN.email,
        actingForCustomerGuid: null,
        recordType: 'account',
        before: { plan: 'premium' },
        after: { plan: 'premium-plus' },
      }),
    ]);
  });

  it('when store settings change, then only the changed fields are recorded, before and after', async () => {
    const { status } = await portal.api('PATCH', '', { syncIntervalMinutes: 30, name: 'Trade Store' });
    expect(status).toBe(200);
    const [entry] = (await audit('kind=store-settings-changed')).items;
    expect(entry).toMatchObject({
      adminEmail: ADMIN.email,
      recordType: 'store',
      recordId: portal.storeId,
      before: { syncIntervalMinutes: 15 },
      after: { syncIntervalMinutes: 30 },
    });
  });

  it('when a settings change fails (an unknown warehouse), then no entry is written', async () => {
    const before = (await audit()).total;
    const { status } = await portal.api('PATCH', '', { warehouseCodes: ['NOWHERE'] });
    expect(status).toBe(422);
    expect((await audit()).total).toBe(before);
  });
});

describe('customers, contacts, acting, products and the sync', () => {
  let shop: { guid: string; code: string; contacts: Record<string, string> };
  beforeAll(async () => {
    shop = await portal.addCustomer([{ firstName: 'Ann' }, { firstName: 'Bob' }]);
  });

  it('when an invitation is sent and cancelled, then both are on the contact with the email, never the token', async () => {
    await portal.invite(shop.contacts.Ann!, emailOf('Ann', shop.code));
    expect((await portal.api('DELETE', `/contacts/${shop.contacts.Ann}/invitation`)).status).toBe(200);
    const { items } = await audit(`recordType=contact&recordId=${shop.contacts.Ann}`);
    expect(items.map((e: { kind: string }) => e.kind)).toEqual(['invitation-cancelled', 'invitation-sent']);
    expect(items[1].after.email).toBe(emailOf('Ann', shop.code));
    expect(items[0]).toMatchObject({ before: { invitation: 'pending' }, after: { invitation: 'cancelled' } });
    const token = portal.tokenFor(emailOf('Ann', shop.code));
    expect(JSON.stringify(items)).not.toContain(token);
  });

  it('when a contact is deactivated and reactivated, then each is recorded; deactivating again (refused) adds nothing', async () => {
    await portal.signUp(shop.contacts.Bob!, emailOf('Bob', shop.code));
    expect((await portal.api('POST', `/contacts/${shop.contacts.Bob}/deactivate`)).status).toBe(200);
    expect((await portal.api('POST', `/contacts/${shop.contacts.Bob}/deactivate`)).status).toBe(409);
    expect((await portal.api('POST', `/contacts/${shop.contacts.Bob}/reactivate`)).status).toBe(200);
    const kinds = (await audit(`recordId=${shop.contacts.Bob}`)).items.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(['contact-reactivated', 'contact-deactivated', 'invitation-sent']);
  });

  it('when a customer leaves and joins the store, then each is on the customer with inStore before and after', async () => {
    await portal.api('PUT', `/customers/${shop.guid}/membership`, { inStore: false });
    await portal.api('PUT', `/customers/${shop.guid}/membership`, { inStore: true });
    const { items } = await audit(`recordType=customer&recordId=${shop.guid}`);
    expect(items.map((e: { kind: string; after: unknown }) => [e.kind, e.after])).toEqual([
      ['customer-joined', { inStore: true }],
      ['customer-left', { inStore: false }],
    ]);
  });

  it('when the admin acts as a customer and stops, then both name the admin and the customer', async () => {
    const started = await portal.api('POST', '/acting', { customerGuid: shop.guid });
    expect(started.status).toBe(201);
    expect((await portal.api('DELETE', '/acting')).status).toBeLessThan(300);
    const { items } = await audit(`recordId=${shop.guid}&kind=acting-started`);
    expect(items).toEqual([expect.objectContaining({ adminEmail: ADMIN.email, recordType: 'customer' })]);
    expect((await audit(`recordId=${shop.guid}&kind=acting-stopped`)).total).toBe(1);
  });

  it('when products change status, then each product has its entry; a change refused as obsolete writes none', async () => {
    const [plenty] = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items;
    await portal.api('POST', '/products/status', { status: 'sellable', productGuids: [plenty.guid] });
    const { items } = await audit(`recordType=product&recordId=${plenty.guid}`);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'product-status-changed',
        before: { status: plenty.status },
        after: { status: 'sellable' },
      }),
    ]);
    const obsolete = (await portal.api('GET', '/products?pageSize=200')).body.items.find(
      (p: { obsolete: boolean }) => p.obsolete,
    );
    if (obsolete) {
      const refused = await portal.api('POST', '/products/status', {
        status: 'visible',
        productGuids: [obsolete.guid],
      });
      expect(refused.status).toBe(409);
      expect((await audit(`recordId=${obsolete.guid}`)).total).toBe(0);
    }
  });

  it('when the admin starts a sync, then the run is recorded', async () => {
    const before = (await audit('kind=sync-requested')).total;
    await portal.sync();
    expect((await audit('kind=sync-requested')).total).toBe(before + 1);
  });
});

describe('the invitation email (R12)', () => {
  it('when the admin edits the template, then the entry holds the subject before and after (the body unchanged is left out)', async () => {
    const current = (await portal.api('GET', '/email-templates/invitation')).body;
    const saved = await portal.api('PUT', '/email-templates/invitation', {
      subject: 'Order from {Brand Name}',
      body: current.body,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const [entry] = (await audit('kind=template-changed')).items;
    expect(entry).toMatchObject({
      recordType: 'template',
      before: { subject: current.subject },
      after: { subject: 'Order from {Brand Name}' },
    });
  });
});

describe('orders (B5: on the record they concern)', () => {
  it("when an admin acting as a customer places an order, then the order's entry names the admin and the customer acted for", async () => {
    const shop = await portal.addCustomer([{ firstName: 'Cy' }]);
    const acting = (await portal.api('POST', '/acting', { customerGuid: shop.guid })).body.token;
    const [plenty] = (await portal.api('GET', '/products?search=DEMO-PLENTY')).body.items;
    const asActing = (method: string, path: string, body?: unknown) =>
      portal.gw.request(method, `/store${path}`, { token: acting, body });
    expect((await asActing('PUT', `/cart/lines/${plenty.guid}`, { quantity: 2 })).status).toBe(200);
    const placed = await asActing('POST', '/orders', {
      deliveryAddress: { street: '1 Main St', city: 'Auckland' },
      placedForContactGuid: shop.contacts.Cy,
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const { items } = await audit(`recordType=order&recordId=${placed.body.id}`);
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'order-placed',
        adminEmail: ADMIN.email,
        actingForCustomerGuid: shop.guid,
        after: expect.objectContaining({ lines: 1 }),
      }),
    ]);
  });
});

describe('listing and exporting the trail', () => {
  it('filters by who: the second admin changed nothing; the first admin (any case, part of the email) did it all', async () => {
    expect((await audit('actor=second')).total).toBe(0);
    const mine = await audit('actor=ADMIN%40SUPPLIER&pageSize=200');
    expect(mine.total).toBeGreaterThan(8);
    expect(new Set(mine.items.map((e: { adminEmail: string }) => e.adminEmail))).toEqual(
      new Set([ADMIN.email]),
    );
  });

  it('filters by day: nothing before today, everything today; to before from is 400', async () => {
    const today = portal.gw.clock.now().toISOString().slice(0, 10);
    expect((await audit(`to=2020-01-01`)).total).toBe(0);
    expect((await audit(`from=${today}&to=${today}`)).total).toBe((await audit()).total);
    expect((await portal.api('GET', `/audit?from=${today}&to=2020-01-01`)).status).toBe(400);
  });

  it('pages newest first', async () => {
    const first = await audit('pageSize=2');
    const second = await audit('pageSize=2&page=2');
    expect(first.items).toHaveLength(2);
    expect(first.items[1].at >= second.items[0].at).toBe(true);
    expect(first.retentionDays).toBeNull();
  });

  it('exports the filtered entries as CSV with before and after as JSON', async () => {
    const response = await fetch(
      `${portal.gw.url}/admin/stores/${portal.storeId}/audit/export.csv?kind=plan-changed`,
      {
        headers: { Authorization: `Bearer ${portal.admin}` },
      },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="audit-/);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('When (UTC),Admin,Acting as,Buyer,Kind,Record type,Record id,Summary,Before,After');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${ADMIN.email},,,plan-changed,account,account`);
    expect(lines[1]).toContain('"{""plan"":""premium""}"');
  });
});
