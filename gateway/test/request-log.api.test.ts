// The access log: one JSON line per request with its id, method, path, status and time, at a level that says
// how it went; the id is echoed in X-Request-Id so a support call can find the line. Never a header or a body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type RunningGateway, startGateway } from './harness.ts';

let gw: RunningGateway;
beforeAll(async () => {
  gw = await startGateway();
});
afterAll(() => gw.close());

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
});
