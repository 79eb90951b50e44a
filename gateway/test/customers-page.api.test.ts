// The admin's customers page (R11): search and filters, contacts grouped by status with counts, "No contacts
// added", one customer's contacts by status, and adding or removing customers within the plan (R7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
}, 60_000);
afterAll(() => portal.close());

const list = async (query: string) => (await portal.api('GET', `/customers?${query}`)).body;

describe('the customers page', () => {
  it('when contacts first arrive from Unleashed, then they are all Inactive, grouped and counted (R15)', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Ann' }, { firstName: 'Bob' }]);
    const { items } = await list(`search=${customer.code}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      code: customer.code,
      inStore: true,
      contactCounts: { active: 0, pending: 0, inactive: 2 },
      contactsSummary: '2 Inactive',
    });
    expect(items[0].contacts.inactive.map((c: { firstName: string }) => c.firstName).sort()).toEqual([
      'Ann',
      'Bob',
    ]);
  });

  it('when a customer has no contacts, then it shows "No contacts added" and the none filter finds it', async () => {
    const customer = await portal.addCustomer([]);
    const { items } = await list(`search=${customer.code}`);
    expect(items[0]).toMatchObject({
      contactsSummary: 'No contacts added',
      contactCounts: { active: 0, pending: 0, inactive: 0 },
    });
    expect((await list(`search=${customer.code}&contactStatus=none`)).total).toBe(1);
    expect((await list(`search=${customer.code}&contactStatus=inactive`)).total).toBe(0);
  });

  it('when the admin searches, then code, name and contact email all match, in any case', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Cleo' }]);
    for (const search of [
      customer.code.toLowerCase(),
      `${customer.code} trading`,
      emailOf('Cleo', customer.code).toUpperCase(),
    ]) {
      const { items } = await list(`search=${encodeURIComponent(search)}`);
      expect(items.map((c: { guid: string }) => c.guid)).toEqual([customer.guid]);
    }
  });

  it('when the admin filters by customer type and by contact status, then only matching customers are listed', async () => {
    const type = `Type${Date.now()}`;
    const invited = await portal.addCustomer([{ firstName: 'Dot' }], { customerType: type });
    const quiet = await portal.addCustomer([{ firstName: 'Ed' }], { customerType: type });
    await portal.invite(invited.contacts.Dot!, emailOf('Dot', invited.code));

    const ofType = await list(`customerType=${type.toLowerCase()}`);
    expect(ofType.items.map((c: { guid: string }) => c.guid).sort()).toEqual(
      [invited.guid, quiet.guid].sort(),
    );
    const pending = await list(`customerType=${type}&contactStatus=pending`);
    expect(pending.items.map((c: { guid: string }) => c.guid)).toEqual([invited.guid]);
    expect(pending.items[0]).toMatchObject({ contactsSummary: '1 Pending', contactCounts: { pending: 1 } });
  });

  it('when the admin pages a filtered list, then each page holds the next customers by code and the total counts every match', async () => {
    const type = `Paged${Date.now()}`;
    const added: Awaited<ReturnType<Portal['addCustomer']>>[] = [];
    for (const name of ['Kim', 'Lou', 'Max'])
      added.push(await portal.addCustomer([{ firstName: name }], { customerType: type }));
    await portal.invite(added[0]!.contacts.Kim!, emailOf('Kim', added[0]!.code));
    await portal.invite(added[2]!.contacts.Max!, emailOf('Max', added[2]!.code));
    const byCode = [...added].sort((a, b) => a.code.localeCompare(b.code)).map((c) => c.guid);
    const guids = (page: { items: { guid: string }[] }) => page.items.map((c) => c.guid);

    const second = await list(`customerType=${type}&page=2&pageSize=2`);
    expect({ guids: guids(second), total: second.total }).toEqual({ guids: byCode.slice(2), total: 3 });
    const pending = [added[0]!.guid, added[2]!.guid].sort((a, b) => byCode.indexOf(a) - byCode.indexOf(b));
    const firstPending = await list(`customerType=${type}&contactStatus=pending&pageSize=1`);
    const secondPending = await list(`customerType=${type}&contactStatus=pending&page=2&pageSize=1`);
    expect([guids(firstPending), guids(secondPending), secondPending.total]).toEqual([
      [pending[0]],
      [pending[1]],
      2,
    ]);
  });

  it('when the admin opens one customer, then its contacts can be listed by status with the counts', async () => {
    const customer = await portal.addCustomer([
      { firstName: 'Flo' },
      { firstName: 'Gil' },
      { firstName: 'Hex' },
    ]);
    await portal.invite(customer.contacts.Gil!, emailOf('Gil', customer.code));
    const pending = await portal.api('GET', `/customers/${customer.guid}/contacts?status=pending`);
    expect(pending.body.customer).toEqual({
      guid: customer.guid,
      code: customer.code,
      name: `${customer.code} Trading Ltd`,
    });
    expect(pending.body.contactCounts).toEqual({ active: 0, pending: 1, inactive: 2 });
    expect(pending.body.items.map((c: { guid: string }) => c.guid)).toEqual([customer.contacts.Gil]);
    const inactive = await portal.api('GET', `/customers/${customer.guid}/contacts?status=inactive`);
    expect(inactive.body.items).toHaveLength(2);
    expect((await portal.api('GET', '/customers/no-such-customer/contacts')).status).toBe(404);
  });

  it('when the admin removes a customer from the store, then its pending invitation is cancelled and it can be added back', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Ivy' }]);
    const token = await portal.invite(customer.contacts.Ivy!, emailOf('Ivy', customer.code));
    const removed = await portal.api('PUT', `/customers/${customer.guid}/membership`, { inStore: false });
    expect(removed.body).toMatchObject({ inStore: false, addedAt: null });
    expect(removed.body.contacts.inactive[0]).toMatchObject({ statusReason: 'customer-not-in-store' });
    expect((await portal.gw.request('POST', '/store/invitations/open', { body: { token } })).status).toBe(
      404,
    );
    const added = await portal.api('PUT', `/customers/${customer.guid}/membership`, { inStore: true });
    expect(added.body.inStore).toBe(true);
    expect(added.body.contacts.inactive[0]).toMatchObject({ statusReason: 'cancelled' });
  });

  it('when the plan has no room, then adding a customer is refused naming the limit and the plan that lifts it, and nothing is dropped (R7)', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Jo' }]);
    await portal.api('PUT', `/customers/${customer.guid}/membership`, { inStore: false });
    const before = (await list('inStore=true&pageSize=1')).total;
    await portal.gw.request('PUT', '/admin/account/plan', { token: portal.admin, body: { plan: 'base' } });
    try {
      const refused = await portal.api('PUT', `/customers/${customer.guid}/membership`, { inStore: true });
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ limit: 'customers', plan: 'base' });
      expect(refused.body.type).toMatch(/plan-limit-reached$/);
      expect(refused.body.upgradeTo).not.toBeNull();
      expect(refused.body.detail).toContain('100 customers per store');
      expect((await list('inStore=true&pageSize=1')).total).toBe(before);
    } finally {
      await portal.gw.request('PUT', '/admin/account/plan', {
        token: portal.admin,
        body: { plan: 'premium-plus' },
      });
    }
  });
});
