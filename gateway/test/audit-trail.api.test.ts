// The audit trail (B5): each admin action, and each action taken while acting as a customer, is recorded in the
// transaction of the change with who, when, what and the changed fields before and after; refused or failed
// changes leave no entry; admins list it with filters and export it as CSV. And who may change the plan (R7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from './harness.ts';
import { type Portal, startPortal } from './portal-fixtures.ts';

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
