// Who may be invited (R9, R10, R12), bulk invitations with one result per contact, buyer sign-in with the admin
// sign-in's protections, and the admin switching a contact's login off and on (R16).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailOf, PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
}, 60_000);
afterAll(() => portal.close());

const store = (method: string, path: string, body?: unknown, token?: string) =>
  portal.gw.request(method, `/store${path}`, { body, token });

/** Invites and accepts; returns the buyer's session token. */
async function activate(contactGuid: string, email: string): Promise<string> {
  const token = await portal.invite(contactGuid, email);
  return (await store('POST', '/invitations/accept', { token, password: PASSWORD })).body.token;
}

describe('refusing an invitation with a clear problem', () => {
  it('when two customers have contacts with the same email, then the second invitation is refused naming the contact that holds it (R10)', async () => {
    const shared = `shared.${Date.now()}@buyer.example`;
    const first = await portal.addCustomer([{ firstName: 'Nia', email: shared }]);
    const second = await portal.addCustomer([{ firstName: 'Oto', email: shared }]);
    await portal.invite(first.contacts.Nia!, shared);

    const refused = await portal.api('POST', `/contacts/${second.contacts.Oto}/invitation`);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/email-already-invited$/);
    expect(refused.body.heldBy).toEqual({
      contactGuid: first.contacts.Nia,
      customerGuid: first.guid,
      customerCode: first.code,
      name: 'Nia Tester',
    });
    expect(refused.body.detail).toContain(first.code);

    await portal.api('DELETE', `/contacts/${first.contacts.Nia}/invitation`);
    expect((await portal.api('POST', `/contacts/${second.contacts.Oto}/invitation`)).status).toBe(201);
  });

  it('when a contact has no email, then inviting it answers 422 contact-has-no-email', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Pia' }, { firstName: 'Quin', email: null }]);
    const refused = await portal.api('POST', `/contacts/${customer.contacts.Quin}/invitation`);
    expect(refused.status).toBe(422);
    expect(refused.body.type).toMatch(/contact-has-no-email$/);
  });

  it('when the customer is not in the store, then inviting its contact answers 409 customer-not-in-store', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Rex' }]);
    await portal.api('PUT', `/customers/${customer.guid}/membership`, { inStore: false });
    const refused = await portal.api('POST', `/contacts/${customer.contacts.Rex}/invitation`);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/customer-not-in-store$/);
  });

  it('when a contact lost its Ordering flag in Unleashed, then it is Inactive and cannot be invited (R9)', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Sam' }, { firstName: 'Tia' }]);
    await portal.editContact(customer.guid, customer.contacts.Tia!, { ForOrdering: false });
    expect(await portal.contact(customer.guid, customer.contacts.Tia!)).toMatchObject({
      status: 'inactive',
      statusReason: 'not-ordering',
    });
    const refused = await portal.api('POST', `/contacts/${customer.contacts.Tia}/invitation`);
    expect(refused.body.type).toMatch(/contact-not-invitable$/);
  });

  it('when a contact is deactivated, then inviting it answers 409 contact-deactivated', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Uma' }]);
    await activate(customer.contacts.Uma!, emailOf('Uma', customer.code));
    await portal.api('POST', `/contacts/${customer.contacts.Uma}/deactivate`);
    const refused = await portal.api('POST', `/contacts/${customer.contacts.Uma}/invitation`);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/contact-deactivated$/);
  });
});

describe('bulk invitations', () => {
  it('when selected contacts are a mix of good and bad, then each gets its own result and the good ones are invited', async () => {
    const customer = await portal.addCustomer([
      { firstName: 'Val' },
      { firstName: 'Wes', email: null },
      { firstName: 'Xan' },
    ]);
    const { Val, Wes, Xan } = customer.contacts;
    const { status, body } = await portal.api('POST', '/invitations', {
      contactGuids: [Val, Wes, 'no-such-contact', Xan],
    });
    expect(status).toBe(200);
    expect(
      body.items.map((r: { contactGuid: string; outcome: string }) => [r.contactGuid, r.outcome]),
    ).toEqual([
      [Val, 'sent'],
      [Wes, 'refused'],
      ['no-such-contact', 'refused'],
      [Xan, 'sent'],
    ]);
    expect(body.items[1].problem.type).toMatch(/contact-has-no-email$/);
    expect(body.items[2].problem.type).toMatch(/not-found$/);
    expect(portal.catcher.latest(emailOf('Xan', customer.code))).toBeDefined();
  });

  it('when the admin sends invitations to the primary contacts of selected customers, then each customer gets one result', async () => {
    const one = await portal.addCustomer([{ firstName: 'Yan' }, { firstName: 'Zed' }]);
    const two = await portal.addCustomer([{ firstName: 'Abe', email: null }]);
    const { body } = await portal.api('POST', '/invitations/primary-contacts', {
      customerGuids: [one.guid, two.guid],
    });
    expect(body.items).toMatchObject([
      { customerGuid: one.guid, contactGuid: one.contacts.Yan, outcome: 'sent' },
      { customerGuid: two.guid, contactGuid: two.contacts.Abe, outcome: 'refused' },
    ]);
    expect(await portal.contact(one.guid, one.contacts.Zed!)).toMatchObject({ status: 'inactive' });
  });
});

describe('buyer sign-in and deactivation', () => {
  it('when a buyer signs in with the right password, then it gets a session scoped to its customer; logging out ends it', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Bea' }]);
    const email = emailOf('Bea', customer.code);
    await activate(customer.contacts.Bea!, email);
    const login = await store('POST', '/login', {
      storeId: portal.storeId,
      email: email.toUpperCase(),
      password: PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).toContain('portal_session=');
    expect(login.body.buyer.customer.guid).toBe(customer.guid);
    expect((await store('POST', '/logout', undefined, login.body.token)).status).toBe(204);
    expect((await store('GET', '/me', undefined, login.body.token)).status).toBe(401);
  });

  it('when the email is unknown or the password wrong, then both answer the same 401; after 5 failures 429 until the window has passed', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Cal' }]);
    const email = emailOf('Cal', customer.code);
    await activate(customer.contacts.Cal!, email);
    const wrong = await store('POST', '/login', { storeId: portal.storeId, email, password: 'Wrong1234x' });
    const unknown = await store('POST', '/login', {
      storeId: portal.storeId,
      email: `x${email}`,
      password: PASSWORD,
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.type).toBe(unknown.body.type);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    for (let i = 0; i < 4; i++)
      await store('POST', '/login', { storeId: portal.storeId, email, password: 'Wrong1234x' });
    const throttled = await store('POST', '/login', { storeId: portal.storeId, email, password: PASSWORD });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).not.toBeNull();
    await portal.advance(15 * 60_000 + 1_000);
    expect(
      (await store('POST', '/login', { storeId: portal.storeId, email, password: PASSWORD })).status,
    ).toBe(200);
  });

  it('when an admin deactivates an active contact, then its live session stops working at once and it cannot sign in; reactivating restores the login', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Dee' }]);
    const email = emailOf('Dee', customer.code);
    const session = await activate(customer.contacts.Dee!, email);
    expect((await store('GET', '/me', undefined, session)).status).toBe(200);

    const deactivated = await portal.api('POST', `/contacts/${customer.contacts.Dee}/deactivate`);
    expect(deactivated.body).toMatchObject({ status: 'inactive', statusReason: 'deactivated' });
    expect((await store('GET', '/me', undefined, session)).status).toBe(401);
    expect(
      (await store('POST', '/login', { storeId: portal.storeId, email, password: PASSWORD })).status,
    ).toBe(401);

    const reactivated = await portal.api('POST', `/contacts/${customer.contacts.Dee}/reactivate`);
    expect(reactivated.body).toMatchObject({ status: 'active' });
    expect(
      (await store('POST', '/login', { storeId: portal.storeId, email, password: PASSWORD })).status,
    ).toBe(200);
  });

  it('when a customer is removed from the store, then its buyers are signed out and cannot sign in', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Eli' }]);
    const email = emailOf('Eli', customer.code);
    const session = await activate(customer.contacts.Eli!, email);
    await portal.api('PUT', `/customers/${customer.guid}/membership`, { inStore: false });
    expect((await store('GET', '/me', undefined, session)).status).toBe(401);
    expect(
      (await store('POST', '/login', { storeId: portal.storeId, email, password: PASSWORD })).status,
    ).toBe(401);
  });

  it('when an admin session calls a buyer endpoint, or a buyer session an admin one, then it is refused', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Fin' }]);
    const buyer = await activate(customer.contacts.Fin!, emailOf('Fin', customer.code));
    expect((await store('GET', '/me', undefined, portal.admin)).status).toBe(403);
    expect((await portal.gw.request('GET', '/admin/me', { token: buyer })).status).toBe(403);
  });
});
