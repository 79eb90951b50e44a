// Admin sign-in, sessions and their protections (issue 3 §2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type RunningGateway, startGateway } from './harness.ts';

let gw: RunningGateway;
beforeAll(async () => {
  // Sign-ins come as through a local proxy naming the client's address, so tests pick the address throttled.
  gw = await startGateway({ trustProxy: ['loopback'] });
});
afterAll(() => gw.close());

const login = (email: string, password: string, ip = '10.0.0.1') =>
  gw.request('POST', '/admin/login', { body: { email, password }, headers: { 'X-Forwarded-For': ip } });

describe('admin sign-in', () => {
  it('when the password is right, then a session token and an HttpOnly cookie come back and /admin/me answers', async () => {
    const { status, body, headers } = await login(ADMIN.email, ADMIN.password);
    expect(status).toBe(200);
    expect(body.token).toMatch(/^[\w-]{43}$/);
    expect(headers.get('set-cookie')).toMatch(/portal_session=.+HttpOnly/i);
    const me = await gw.request('GET', '/admin/me', { token: body.token });
    expect(me.body).toEqual({ id: expect.any(String), email: ADMIN.email, name: ADMIN.name });
  });

  it('when the cookie is sent instead of the bearer token, then the admin is recognised', async () => {
    const { headers } = await login(ADMIN.email, ADMIN.password);
    const cookie = (headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await gw.request('GET', '/admin/me', { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('when the email is unknown or the password wrong, then both answer the same 401 invalid-credentials', async () => {
    const unknown = await login('nobody@supplier.example', ADMIN.password, '10.0.0.2');
    const wrong = await login(ADMIN.email, 'Wrong-passw0rd', '10.0.0.3');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(unknown.body.type).toMatch(/invalid-credentials$/);
    expect({ ...unknown.body, instance: undefined }).toEqual({ ...wrong.body, instance: undefined });
  });

  it('when an address fails 5 times, then the 6th attempt is refused with 429 and Retry-After, even with the right password', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login(`guess${i}@x.example`, 'Wrong-passw0rd', '10.9.9.9')).status).toBe(401);
    const blocked = await login(ADMIN.email, ADMIN.password, '10.9.9.9');
    expect(blocked.status).toBe(429);
    expect(blocked.body.type).toMatch(/too-many-attempts$/);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    gw.clock.advance(16 * 60_000);
    expect((await login(ADMIN.email, ADMIN.password, '10.9.9.9')).status).toBe(200);
  });

  it('when 30 sign-ins for one email arrive at once, then at most 5 passwords are checked and the rest answer 429', async () => {
    const email = 'burst@supplier.example';
    await gw.gateway.services.admins.createAdmin(email, 'Burst', ADMIN.password);
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        login(email, n === 29 ? ADMIN.password : 'Wrong-passw0rd', `10.7.0.${n + 1}`),
      ),
    );
    const checked = answers.filter((answer) => answer.status !== 429);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(25);
    expect(answers.at(-1)?.status).toBe(429);
  });

  it('when failures for one email are spread over two gateway instances, then they count together', async () => {
    const other = await startGateway({
      db: gw.db,
      adminExists: true,
      mock: gw.mock,
      trustProxy: ['loopback'],
    });
    try {
      const email = 'spread@supplier.example';
      const on = (instance: RunningGateway, n: number) =>
        instance.request('POST', '/admin/login', {
          body: { email, password: 'Wrong-passw0rd' },
          headers: { 'X-Forwarded-For': `10.6.0.${n}` },
        });
      for (let n = 1; n <= 5; n++) expect((await on(n % 2 ? gw : other, n)).status).toBe(401);
      expect((await on(other, 6)).status).toBe(429);
      expect((await on(gw, 7)).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('when the body lacks the password, then the answer is a 400 problem naming the field', async () => {
    const { status, body } = await gw.request('POST', '/admin/login', { body: { email: ADMIN.email } });
    expect(status).toBe(400);
    expect(body.errors.map((e: { field: string }) => e.field)).toContain('password');
  });
});

describe('admin sessions', () => {
  it('when there is no session, then admin endpoints answer 401 not-signed-in', async () => {
    const { status, body } = await gw.request('GET', '/admin/stores');
    expect(status).toBe(401);
    expect(body.type).toMatch(/not-signed-in$/);
  });

  it('when the admin logs out, then that token stops working at once', async () => {
    const token = await gw.loginAdmin();
    expect((await gw.request('POST', '/admin/logout', { token })).status).toBe(204);
    expect((await gw.request('GET', '/admin/me', { token })).status).toBe(401);
  });

  it('when one session revokes another, then the other stops working and the first goes on', async () => {
    const first = await gw.loginAdmin();
    const second = await gw.loginAdmin();
    const list = await gw.request('GET', '/admin/sessions', { token: first });
    const other = list.body.items.find((s: { current: boolean }) => !s.current);
    const revokeSecond = list.body.items.filter((s: { current: boolean }) => !s.current);
    expect(other).toBeDefined();
    for (const session of revokeSecond)
      await gw.request('DELETE', `/admin/sessions/${session.id}`, { token: first });
    expect((await gw.request('GET', '/admin/me', { token: second })).status).toBe(401);
    expect((await gw.request('GET', '/admin/me', { token: first })).status).toBe(200);
  });

  it('when a session is older than its lifetime, then it no longer works', async () => {
    const token = await gw.loginAdmin();
    gw.clock.advance(13 * 3_600_000);
    expect((await gw.request('GET', '/admin/me', { token })).status).toBe(401);
  });

  it('when the admin signs in, then no log line carries the password or the token', async () => {
    const token = await gw.loginAdmin();
    await gw.request('GET', '/admin/me', { token });
    const all = gw.logs.join('\n');
    expect(all).toContain('/admin/me');
    expect(all).not.toContain(ADMIN.password);
    expect(all).not.toContain(token);
  });
});
