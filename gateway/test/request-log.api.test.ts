// The access log: one JSON line per request with its id, method, path, status and time, at a level that says
// how it went; the id is echoed in X-Request-Id so a support call can find the line. Never a header or a body.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type RunningGateway, startGateway } from './harness.ts';

let gw: RunningGateway;
// Served as production serves the built storefront: invitation links are then pages of the gateway.
const storefrontDir = mkdtempSync(join(tmpdir(), 'storefront-'));
beforeAll(async () => {
  writeFileSync(join(storefrontDir, 'index.html'), '<!doctype html><title>Portal</title>');
  gw = await startGateway({ storefrontDir });
});
afterAll(async () => {
  await gw.close();
  rmSync(storefrontDir, { recursive: true, force: true });
});

type Line = {
  level: number;
  msg: string;
  reqId: string;
  req: { method: string; url: string };
  res: { statusCode: number };
  responseTime: number;
};
const linesFor = (reqId: string): Line[] =>
  gw.logs.map((line) => JSON.parse(line) as Line).filter((line) => line.reqId === reqId && line.req);

async function settle() {
  // The line is written when the response closes, a moment after the client has it.
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('the request log', () => {
  it('when a request carries a plain X-Request-Id, then the answer echoes it and one info line logs the request under it', async () => {
    const answer = await gw.request('GET', '/healthz', {
      headers: { 'X-Request-Id': 'support-call-42' },
    });
    expect(answer.headers.get('x-request-id')).toBe('support-call-42');
    await settle();
    const lines = linesFor('support-call-42');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: 'request completed',
      req: { method: 'GET', url: '/healthz' },
      res: { statusCode: answer.status },
    });
    expect(lines[0]?.responseTime).toBeGreaterThanOrEqual(0);
  });

  it('when the X-Request-Id is not a plain token, then a new id is made and used instead', async () => {
    const answer = await gw.request('GET', '/healthz', { headers: { 'X-Request-Id': 'bad id; drop table' } });
    const id = answer.headers.get('x-request-id') as string;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await settle();
    expect(linesFor(id)).toHaveLength(1);
  });

  it('when a request is refused, then its line is a warning with the status, and neither the password nor the token is in it', async () => {
    const refused = await gw.request('POST', '/admin/login', {
      body: { email: ADMIN.email, password: 'not-the-password' },
      headers: { 'X-Request-Id': 'refused-login' },
    });
    expect(refused.status).toBe(401);
    const token = await gw.loginAdmin();
    await gw.request('GET', '/admin/me', { token, headers: { 'X-Request-Id': 'with-token' } });
    await settle();
    expect(linesFor('refused-login')[0]).toMatchObject({ level: 40, res: { statusCode: 401 } });
    expect(linesFor('with-token')[0]).toMatchObject({ level: 30, res: { statusCode: 200 } });
    const all = gw.logs.join('\n');
    expect(all).not.toContain('not-the-password');
    expect(all).not.toContain(token);
  });

  it('when an invitation link is opened on the served storefront, then its line shows the path with the token redacted', async () => {
    const token = 'Zk3q_9-LiveInvitationToken0123456789';
    const page = await fetch(`${gw.url}/invitations/${token}`, {
      headers: { 'X-Request-Id': 'invite-page' },
    });
    expect(await page.text()).toContain('<title>Portal</title>');
    await settle();
    expect(linesFor('invite-page')[0]).toMatchObject({ level: 30, req: { url: '/invitations/[redacted]' } });
    expect(gw.logs.join('\n')).not.toContain(token);
  });

  it('when a query carries a token, secret, password or signature, then the line keeps the other parameters and redacts those values', async () => {
    const secrets = ['tok-4b1d', 'sec-77e2', 'pw-Hunter2', 'sig-9a0c'];
    await gw.request(
      'GET',
      `/healthz?page=2&token=${secrets[0]}&secret=${secrets[1]}&password=${secrets[2]}&signature=${secrets[3]}`,
      { headers: { 'X-Request-Id': 'secret-query' } },
    );
    await settle();
    expect(linesFor('secret-query')[0]?.req.url).toBe(
      '/healthz?page=2&token=[redacted]&secret=[redacted]&password=[redacted]&signature=[redacted]',
    );
    const all = gw.logs.join('\n');
    for (const secret of secrets) expect(all).not.toContain(secret);
  });
});
