// What a browser is protected by (issue 17 item 5): security headers on every answer (API, problem, the served
// storefront), a change signed in by cookie refused without X-Requested-With (a sibling origin's form cannot
// send it; SameSite=Lax alone let 5 of 6 such posts through), Bearer callers unaffected, and CORS closed unless
// an origin is configured.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type RunningGateway, startGateway } from './harness.ts';

const PARTNER = 'https://partner.example';
let gw: RunningGateway;
let storefront: string;
beforeAll(async () => {
  storefront = await mkdtemp(join(tmpdir(), 'storefront-'));
  await writeFile(join(storefront, 'index.html'), '<!doctype html><title>Portal</title>');
  gw = await startGateway({ storefrontDir: storefront, corsOrigins: [PARTNER] });
});
afterAll(async () => {
  await gw.close();
  await rm(storefront, { recursive: true, force: true });
});

const cookieLogin = async () => {
  const { headers } = await gw.request('POST', '/admin/login', {
    body: { email: ADMIN.email, password: ADMIN.password },
  });
  return (headers.get('set-cookie') ?? '').split(';')[0] ?? '';
};

describe('security headers', () => {
  it('when anything is asked (JSON, a problem, the storefront page, an unknown path), then every answer forbids framing, sniffing and referrers and carries the CSP', async () => {
    const answers = await Promise.all(
      ['/healthz', '/admin/me', '/', '/invitations/some-token', '/webhooks/no-such-thing'].map((path) =>
        fetch(gw.url + path),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 200, 200, 404]);
    for (const answer of answers) {
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe');
    }
  });
});

describe('cross-site request forgery', () => {
  it('when a change arrives with only the session cookie (as a sibling origin’s form sends it), then it is refused 403 and nothing changes', async () => {
    const cookie = await cookieLogin();
    const forged = await gw.request('POST', '/admin/logout', { headers: { Cookie: cookie } });
    expect(forged.status).toBe(403);
    expect(forged.headers.get('content-type')).toContain('application/problem+json');
    expect(forged.body.detail).toContain('X-Requested-With');
    expect((await gw.request('GET', '/admin/me', { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('when the same change carries X-Requested-With (as the storefront sends it), then it goes through', async () => {
    const cookie = await cookieLogin();
    const headers = { Cookie: cookie, 'X-Requested-With': 'portal' };
    expect((await gw.request('POST', '/admin/logout', { headers })).status).toBe(204);
    expect((await gw.request('GET', '/admin/me', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('when a caller signs in with a Bearer token, then it needs no extra header', async () => {
    const token = await gw.loginAdmin();
    expect((await gw.request('POST', '/admin/logout', { token })).status).toBe(204);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(`${gw.url}/admin/account`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'PATCH',
        'Access-Control-Request-Headers': 'content-type, x-requested-with',
      },
    });

  it('when an origin that is not configured asks, then no answer grants it anything', async () => {
    const asked = await preflight('http://127.0.0.1:1');
    expect(asked.headers.get('access-control-allow-origin')).toBeNull();
    const read = await fetch(`${gw.url}/healthz`, { headers: { Origin: 'https://evil.example' } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('when the configured origin asks, then its preflight and its requests are allowed with credentials', async () => {
    const asked = await preflight(PARTNER);
    expect(asked.status).toBe(204);
    expect(asked.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(asked.headers.get('access-control-allow-credentials')).toBe('true');
    expect(asked.headers.get('access-control-allow-headers')).toMatch(/X-Requested-With/i);
    const read = await fetch(`${gw.url}/healthz`, { headers: { Origin: PARTNER } });
    expect(read.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(read.headers.get('vary')).toMatch(/Origin/);
  });
});
