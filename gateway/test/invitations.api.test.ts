// A contact's way in (R12–R14, R16): invited by the admin with a real email, the link opened, accepted with a
// password or declined, resent, cancelled; links used once and dead after 7 days by the gateway's clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, emailOf, PASSWORD, type Portal, STORE_ADMIN_EMAIL, startPortal } from './portal-fixtures.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
}, 60_000);
afterAll(() => portal.close());

const store = (method: string, path: string, body?: unknown, token?: string) =>
  portal.gw.request(method, `/store${path}`, { body, token });

describe('inviting a contact and accepting', () => {
  it('when the admin invites a synced contact, then a real email from the store arrives with a 7-day link and the contact is Pending', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Ann' }, { firstName: 'Bob' }]);
    const before = await portal.contact(customer.guid, customer.contacts.Ann!);
    expect(before).toMatchObject({ status: 'inactive', statusReason: 'never-invited', invitation: null });

    const invited = await portal.api('POST', `/contacts/${customer.contacts.Ann}/invitation`);
    expect(invited.status).toBe(201);
    expect(invited.body.contact).toMatchObject({ status: 'pending', statusReason: 'invited' });
    expect(invited.body.message.status).toBe('sent');
    const { createdAt, expiresAt } = invited.body.contact.invitation;
    expect(new Date(expiresAt).getTime() - new Date(createdAt).getTime()).toBe(7 * DAY_MS);

    const mail = portal.catcher.latest(emailOf('Ann', customer.code))!;
    expect(mail.from).toBe('"Trade Store" <no-reply@portal.example>');
    expect(mail.subject).toBe('You are invited to order from Trade Store');
    const token = portal.tokenFor(emailOf('Ann', customer.code));
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(mail.text).toContain(`https://shop.example/s/trade-store/invitations/${token}`);
    expect(portal.gw.logs.join('\n')).not.toContain(token);
  });

  it('when the contact opens the link and accepts with a good password, then it is signed in to its own customer and shows as Active', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Cara' }]);
    const email = emailOf('Cara', customer.code);
    const token = await portal.invite(customer.contacts.Cara!, email);

    const opened = await store('POST', '/invitations/open', { token });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      store: { id: portal.storeId, name: 'Trade Store' },
      customer: { name: `${customer.code} Trading Ltd` },
      contact: { firstName: 'Cara', email },
    });

    const accepted = await store('POST', '/invitations/accept', { token, password: PASSWORD });
    expect(accepted.status).toBe(200);
    expect(accepted.body.buyer.customer).toEqual({
      guid: customer.guid,
      code: customer.code,
      name: `${customer.code} Trading Ltd`,
    });
    const me = await store('GET', '/me', undefined, accepted.body.token);
    expect(me.body.contact).toMatchObject({ guid: customer.contacts.Cara, email });
    expect(await portal.contact(customer.guid, customer.contacts.Cara!)).toMatchObject({
      status: 'active',
      statusReason: 'accepted',
      invitation: { status: 'accepted' },
    });
  });

  it('when a password breaks the policy, then accepting answers 400 naming what it needs and the link still works', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Dan' }]);
    const token = await portal.invite(customer.contacts.Dan!, emailOf('Dan', customer.code));
    const weak = await store('POST', '/invitations/accept', { token, password: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.errors[0]).toMatchObject({ field: 'password' });
    expect(weak.body.detail).toContain('at least 9 characters');
    expect((await store('POST', '/invitations/accept', { token, password: PASSWORD })).status).toBe(200);
  });

  it('when a link is accepted twice, then the second answers 404 invitation-not-found', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Eve' }]);
    const token = await portal.invite(customer.contacts.Eve!, emailOf('Eve', customer.code));
    expect((await store('POST', '/invitations/accept', { token, password: PASSWORD })).status).toBe(200);
    const again = await store('POST', '/invitations/accept', { token, password: PASSWORD });
    expect(again.status).toBe(404);
    expect(again.body.type).toMatch(/invitation-not-found$/);
    expect((await store('POST', '/invitations/open', { token })).status).toBe(404);
  });

  it('when a token is made up, then opening it answers 404 invitation-not-found', async () => {
    const made = await store('POST', '/invitations/open', { token: 'x'.repeat(43) });
    expect(made.status).toBe(404);
    expect(made.body.type).toMatch(/invitation-not-found$/);
  });

  it('when the contact declines, then the link is dead and the contact is Inactive (declined)', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Fay' }]);
    const token = await portal.invite(customer.contacts.Fay!, emailOf('Fay', customer.code));
    expect((await store('POST', '/invitations/decline', { token })).status).toBe(204);
    expect((await store('POST', '/invitations/accept', { token, password: PASSWORD })).status).toBe(404);
    expect(await portal.contact(customer.guid, customer.contacts.Fay!)).toMatchObject({
      status: 'inactive',
      statusReason: 'declined',
    });
  });
});

describe('expiry after 7 days (R13)', () => {
  it('when the link is opened 7 days minus a minute after sending, then it still works', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Gus' }]);
    const token = await portal.invite(customer.contacts.Gus!, emailOf('Gus', customer.code));
    await portal.advance(7 * DAY_MS - 60_000);
    expect((await store('POST', '/invitations/open', { token })).status).toBe(200);
    expect((await store('POST', '/invitations/accept', { token, password: PASSWORD })).status).toBe(200);
  });

  it('when the link is opened 7 days plus a minute after sending, then it answers 410, the invitation is Expired and the store admin is told once by email and notification', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Hal' }]);
    const email = emailOf('Hal', customer.code);
    const token = await portal.invite(customer.contacts.Hal!, email);
    await portal.advance(7 * DAY_MS + 60_000);

    const opened = await store('POST', '/invitations/open', { token });
    expect(opened.status).toBe(410);
    expect(opened.body.type).toMatch(/invitation-expired$/);
    expect((await store('POST', '/invitations/accept', { token, password: PASSWORD })).status).toBe(410);
    expect((await store('POST', '/invitations/open', { token })).status).toBe(410);

    expect(await portal.contact(customer.guid, customer.contacts.Hal!)).toMatchObject({
      status: 'inactive',
      statusReason: 'expired',
      invitation: { status: 'expired' },
    });
    const notices = (await portal.api('GET', '/notifications')).body.items.filter(
      (n: { contactGuid: string }) => n.contactGuid === customer.contacts.Hal,
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ kind: 'invitation-expired', customerGuid: customer.guid });
    const adminMails = () =>
      portal.catcher.messages.filter(
        (m) => m.to.includes(STORE_ADMIN_EMAIL) && m.subject.includes(customer.code),
      );
    // Sent once the expiry is committed, a moment after the answer; and only once.
    await expect.poll(() => adminMails().length, { timeout: 5_000 }).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(adminMails()).toHaveLength(1);
    expect(adminMails()[0]?.subject).toContain('Expired invitation');
    expect(adminMails()[0]?.text).toContain(email);
  });

  it('when the admin resends an expired invitation, then the new link works for another 7 days', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Ida' }]);
    const email = emailOf('Ida', customer.code);
    const old = await portal.invite(customer.contacts.Ida!, email);
    await portal.advance(8 * DAY_MS);
    expect((await store('POST', '/invitations/open', { token: old })).status).toBe(410);

    const resent = await portal.api('POST', `/contacts/${customer.contacts.Ida}/invitation/resend`);
    expect(resent.status).toBe(201);
    expect(resent.body.contact.status).toBe('pending');
    const fresh = portal.tokenFor(email);
    expect(fresh).not.toBe(old);
    expect((await store('POST', '/invitations/accept', { token: fresh, password: PASSWORD })).status).toBe(
      200,
    );
  });
});

describe('resending and cancelling (R16)', () => {
  it('when the admin resends a pending invitation, then the old link is dead and the new one works', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Jon' }]);
    const email = emailOf('Jon', customer.code);
    const old = await portal.invite(customer.contacts.Jon!, email);
    expect((await portal.api('POST', `/contacts/${customer.contacts.Jon}/invitation/resend`)).status).toBe(
      201,
    );
    const fresh = portal.tokenFor(email);
    expect(fresh).not.toBe(old);
    expect((await store('POST', '/invitations/accept', { token: old, password: PASSWORD })).status).toBe(404);
    expect((await store('POST', '/invitations/accept', { token: fresh, password: PASSWORD })).status).toBe(
      200,
    );
  });

  it('when the admin cancels a pending invitation, then accepting it answers 404 and the contact is Inactive (cancelled)', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Kim' }]);
    const token = await portal.invite(customer.contacts.Kim!, emailOf('Kim', customer.code));
    const cancelled = await portal.api('DELETE', `/contacts/${customer.contacts.Kim}/invitation`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'inactive', statusReason: 'cancelled' });
    const accepted = await store('POST', '/invitations/accept', { token, password: PASSWORD });
    expect(accepted.status).toBe(404);
    expect(accepted.body.type).toMatch(/invitation-not-found$/);
    expect((await portal.api('DELETE', `/contacts/${customer.contacts.Kim}/invitation`)).status).toBe(404);
  });

  it('when a contact is already pending, then inviting again is refused (resend instead), and resending with nothing pending answers 404', async () => {
    const customer = await portal.addCustomer([{ firstName: 'Lea' }, { firstName: 'Max' }]);
    await portal.invite(customer.contacts.Lea!, emailOf('Lea', customer.code));
    const again = await portal.api('POST', `/contacts/${customer.contacts.Lea}/invitation`);
    expect(again.status).toBe(409);
    expect(again.body.type).toMatch(/contact-status-conflict$/);
    const resend = await portal.api('POST', `/contacts/${customer.contacts.Max}/invitation/resend`);
    expect(resend.status).toBe(404);
  });
});
