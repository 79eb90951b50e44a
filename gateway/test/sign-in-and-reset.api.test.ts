// Signing in without a store id and forgotten passwords (issue 16 item 1): the store is known from its slug or
// from the login itself, an email with logins in several stores chooses after one password check, and a
// reset link by email is single use, expiring, throttled, the same answer for an unknown email, and ends every
// session of the login.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from './harness.ts';
import { emailOf, PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
}, 60_000);
afterAll(() => portal.close());

const post = (path: string, body: unknown, token?: string) =>
  portal.gw.request('POST', path, { body, token });
const me = (token: string) => portal.gw.request('GET', '/store/me', { token });

/** The token in the newest reset email to `email`, once it has arrived (it goes by its job). */
async function resetLink(email: string, after: number): Promise<string> {
  let link = '';
  await expect
    .poll(
      () => {
        const mail = portal.catcher.messages.filter((m) => m.to.includes(email.toLowerCase())).at(after);
        link = /https?:\/\/\S+\/password-reset\/[\w-]{20,}/.exec(mail?.text ?? '')?.[0] ?? '';
        return link;
      },
      { timeout: 10_000, interval: 100 },
    )
    .not.toBe('');
  return link;
}
const mailsTo = (email: string) => portal.catcher.messages.filter((m) => m.to.includes(email)).length;
const tokenOf = (link: string) => link.split('/').at(-1) ?? '';

async function buyer(firstName: string) {
  const customer = await portal.addCustomer([{ firstName }]);
  const email = emailOf(firstName, customer.code);
  const guid = customer.contacts[firstName] ?? '';
  await portal.signUp(guid, email);
  return { email, guid, customer };
}

describe('the store address', () => {
  it('when a store is created, then its slug comes from its name, a second store of that name is numbered, and the admin can change it but not to a taken one', async () => {
    expect((await portal.api('GET', '')).body.slug).toBe('trade-store');
    const second = await portal.gw.request('POST', '/admin/stores', {
      token: portal.admin,
      body: { name: 'Trade Store', adminEmail: 'two@supplier.example', unleashed: portal.gw.unleashed },
    });
    expect(second.status).toBe(201);
    expect(second.body.slug).toBe('trade-store-2');
    const taken = await portal.gw.request('PATCH', `/admin/stores/${second.body.id}`, {
      token: portal.admin,
      body: { slug: 'trade-store' },
    });
    expect(taken.status).toBe(400);
    expect(taken.body.errors).toEqual([{ field: 'slug', message: 'is taken by another store' }]);
    const renamed = await portal.gw.request('PATCH', `/admin/stores/${second.body.id}`, {
      token: portal.admin,
      body: { slug: 'north-depot' },
    });
    expect(renamed.body.slug).toBe('north-depot');
    const bad = await portal.api('PATCH', '', { slug: 'Not A Slug' });
    expect(bad.status).toBe(400);
  });

  it('when a buyer signs in with the slug, or with no store at all, or with the old store id, then each gives a session in that store', async () => {
    const { email } = await buyer('Sam');
    for (const hint of [{ storeSlug: 'trade-store' }, {}, { storeId: portal.storeId }]) {
      const signedIn = await post('/store/login', { ...hint, email, password: PASSWORD });
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.buyer.store).toMatchObject({ id: portal.storeId, slug: 'trade-store' });
      expect((await me(signedIn.body.token)).status).toBe(200);
    }
    const wrongSlug = await post('/store/login', { storeSlug: 'north-depot', email, password: PASSWORD });
    expect(wrongSlug.status).toBe(401);
    const wrongPassword = await post('/store/login', { email, password: 'Wrong2026pass' });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body.type).toMatch(/invalid-credentials$/);
  });
});

describe('one email in two stores', () => {
  it('when the password is valid in both, then the buyer chooses one and gets a session only there; a forged or widened choice is refused', async () => {
    const { email, guid } = await buyer('Cleo');
    const stores = (await portal.gw.request('GET', '/admin/stores', { token: portal.admin })).body.items;
    const other = stores.find((s: { id: string }) => s.id !== portal.storeId);
    const otherApi = (method: string, path: string) =>
      portal.gw.request(method, `/admin/stores/${other.id}${path}`, { token: portal.admin });
    const started = await otherApi('POST', '/sync');
    await expect
      .poll(async () => (await otherApi('GET', '/sync')).body.lastRun?.id, { timeout: 20_000 })
      .toBe(started.body.id);
    expect((await otherApi('POST', `/contacts/${guid}/invitation`)).status).toBe(201);
    const accepted = await post('/store/invitations/accept', {
      token: portal.tokenFor(email),
      password: PASSWORD,
    });
    expect(accepted.status).toBe(200);

    const asked = await post('/store/login', { email, password: PASSWORD });
    expect(asked.status).toBe(200);
    expect(asked.body.token).toBeUndefined();
    expect(asked.body.stores.map((s: { slug: string }) => s.slug).sort()).toEqual([
      'north-depot',
      'trade-store',
    ]);
    const chosen = await post('/store/login/choose', {
      choiceToken: asked.body.choiceToken,
      storeId: other.id,
    });
    expect(chosen.status).toBe(200);
    expect((await me(chosen.body.token)).body.store.id).toBe(other.id);

    const elsewhere = await post('/store/login/choose', {
      choiceToken: asked.body.choiceToken,
      storeId: 'x',
    });
    expect(elsewhere.status).toBe(401);
    const forged = await post('/store/login/choose', { choiceToken: 'AAAA', storeId: other.id });
    expect(forged.status).toBe(401);
    await portal.gw.clock.advance(6 * 60_000);
    const late = await post('/store/login/choose', {
      choiceToken: asked.body.choiceToken,
      storeId: other.id,
    });
    expect(late.status).toBe(401);
  });
});

describe('a buyer password reset', () => {
  it('when the buyer follows the emailed link, then the new password works, the old one and every old session do not, and the link works once', async () => {
    const { email } = await buyer('Rita');
    const old = await post('/store/login', { storeSlug: 'trade-store', email, password: PASSWORD });
    const before = mailsTo(email);
    const asked = await post('/store/password-reset', { storeSlug: 'trade-store', email });
    expect(asked.status).toBe(202);
    const link = await resetLink(email, before);
    expect(link).toMatch(/^https:\/\/shop\.example\/s\/trade-store\/password-reset\//);
    const outbox = await portal.api('GET', '/outbox?pageSize=5');
    const kept = outbox.body.items.find(
      (m: { to: string; template: string }) => m.to === email && m.template === 'password-reset',
    );
    expect(kept).toBeDefined();
    const stored = await portal.api('GET', `/outbox/${kept.id}`);
    expect(JSON.stringify(stored.body)).not.toContain(tokenOf(link));

    const weak = await post('/store/password-reset/complete', { token: tokenOf(link), password: 'short' });
    expect(weak.status).toBe(400);
    const done = await post('/store/password-reset/complete', {
      token: tokenOf(link),
      password: 'Fresh2026pass',
    });
    expect(done.status).toBe(204);
    expect((await me(old.body.token)).status).toBe(401);
    expect((await post('/store/login', { email, password: PASSWORD })).status).toBe(401);
    expect((await post('/store/login', { email, password: 'Fresh2026pass' })).status).toBe(200);
    const again = await post('/store/password-reset/complete', {
      token: tokenOf(link),
      password: 'Other2026pass',
    });
    expect(again.status).toBe(410);
    expect(again.body.type).toMatch(/reset-link-invalid$/);
  });

  it('when the email is unknown, then the answer is the same and no email goes out', async () => {
    const before = portal.catcher.messages.length;
    const unknown = await post('/store/password-reset', { email: 'nobody@nowhere.example' });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toBeUndefined();
    const { email } = await buyer('Uma');
    const invited = mailsTo(email);
    const known = await post('/store/password-reset', { email });
    expect(known.status).toBe(202);
    expect(known.body).toBeUndefined();
    await resetLink(email, invited);
    expect(portal.catcher.messages.filter((m) => m.to.includes('nobody@nowhere.example'))).toEqual([]);
    expect(portal.catcher.messages.length).toBeGreaterThan(before);
  });

  it('when the link is over an hour old, then it is refused', async () => {
    const { email } = await buyer('Eve');
    const before = mailsTo(email);
    await post('/store/password-reset', { email });
    const link = await resetLink(email, before);
    await portal.gw.clock.advance(61 * 60_000);
    const late = await post('/store/password-reset/complete', {
      token: tokenOf(link),
      password: 'Fresh2026pass',
    });
    expect(late.status).toBe(410);
    expect((await post('/store/login', { email, password: PASSWORD })).status).toBe(200);
  });

  it('when one email asks more than five times in 15 minutes, then it is refused with a wait', async () => {
    const email = 'flood@buyer.example';
    for (let i = 0; i < 5; i++) expect((await post('/store/password-reset', { email })).status).toBe(202);
    const refused = await post('/store/password-reset', { email });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('an admin password reset', () => {
  it('when the admin follows the emailed link, then the new password works and every admin session has ended', async () => {
    const session = portal.admin;
    // The store's own reset wording is for its buyers; the admin's email keeps the default.
    const edited = await portal.api('PUT', '/email-templates/password-reset', {
      subject: 'Trade buyers: a new password for {First Name}',
      body: 'Choose a new password for your buyer login.\n\n{Reset Link}',
    });
    expect(edited.status).toBe(200);
    const before = mailsTo(ADMIN.email);
    expect((await post('/admin/password-reset', { email: ADMIN.email })).status).toBe(202);
    expect((await post('/admin/password-reset', { email: 'stranger@supplier.example' })).status).toBe(202);
    const link = await resetLink(ADMIN.email, before);
    expect(link).toMatch(/^https:\/\/shop\.example\/password-reset\//);
    const mail = portal.catcher.messages.filter((m) => m.to.includes(ADMIN.email)).at(before);
    expect(mail?.subject).toBe('Reset your password for Trade Store');
    expect(mail?.text).not.toContain('buyer login');
    expect(
      (await post('/store/password-reset/complete', { token: tokenOf(link), password: 'Admin2026new' }))
        .status,
    ).toBe(410);
    const done = await post('/admin/password-reset/complete', {
      token: tokenOf(link),
      password: ADMIN.password,
    });
    expect(done.status).toBe(204);
    expect((await portal.gw.request('GET', '/admin/me', { token: session })).status).toBe(401);
    expect((await post('/admin/login', { email: ADMIN.email, password: ADMIN.password })).status).toBe(200);
  });
});
