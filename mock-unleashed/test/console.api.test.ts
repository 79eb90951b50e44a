// The console's server side without a browser: the signing proxy (valid signatures, real Unleashed endpoints,
// nothing outside the Unleashed API), the password gate, and the pages and scripts it serves.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConsoleMock, startConsoleMock } from './console-harness.ts';

let open: ConsoleMock;
beforeAll(async () => {
  open = await startConsoleMock();
});
afterAll(() => open.close());

const callsTo = async (mock: ConsoleMock, path: string) =>
  (await mock.control('GET', `/__control/calls?path=${encodeURIComponent(path)}`)).body.Items;

describe('the signing proxy', () => {
  it('when the console reads /Customers, then it gets what a signed client gets, and the call log shows a valid signature', async () => {
    const query = '?customerName=Demo%20Wholesale&pageSize=5';
    const viaConsole = await open.get(`/__console/api/Customers${query}`);
    const direct = await open.signed('GET', `/Customers${query}`);
    expect(viaConsole.status).toBe(200);
    expect(viaConsole.body).toEqual(direct.body);
    expect(viaConsole.body.Items[0].CustomerCode).toBe('DEMO001');
    const logged = (await callsTo(open, '/Customers')).filter(
      (call: { query: string }) => call.query === 'customerName=Demo%20Wholesale&pageSize=5',
    );
    expect(
      logged.map((call: { signature: string; status: number }) => [call.signature, call.status]),
    ).toEqual([
      ['valid', 200],
      ['valid', 200],
    ]);
  });

  it('when the console makes a customer obsolete, then it went through POST /Customers/{guid}: LastModifiedOn moves and modifiedSince finds it', async () => {
    const before = await open.signed('GET', '/Customers?customerCode=DEMO003');
    const customer = before.body.Items[0];
    const since = new Date(Date.now() - 1000).toISOString().slice(0, 19);
    const changed = await open.get(`/__console/api/Customers/${customer.Guid}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Obsolete: true }),
    });
    expect(changed.status).toBe(200);
    expect(changed.body.Obsolete).toBe(true);
    expect(changed.body.LastModifiedOn).not.toBe(customer.LastModifiedOn);
    const found = await open.signed('GET', `/Customers?modifiedSince=${since}&includeObsolete=true`);
    expect(found.body.Items.map((c: { Guid: string }) => c.Guid)).toContain(customer.Guid);
    const [call] = await callsTo(open, `/Customers/${customer.Guid}`);
    expect(call).toMatchObject({ method: 'POST', signature: 'valid', status: 200 });
  });

  it('when the mock refuses a change, then the console passes on its status and Unleashed-shaped body', async () => {
    const customer = (await open.signed('GET', '/Customers?customerCode=DEMO002')).body.Items[0];
    const refused = await open.get(`/__console/api/Customers/${customer.Guid}/Contacts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ EmailAddress: 'not-an-email' }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.Items.map((item: { Field: string }) => item.Field)).toEqual([
      'FirstName',
      'EmailAddress',
    ]);
  });

  it('when a 429 fault is on, then the console passes on the 429 and its Retry-After', async () => {
    await open.control('POST', '/__control/faults', { kind: 'rateLimit', count: 1, retryAfterSeconds: 7 });
    const limited = await open.get('/__console/api/Warehouses');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await open.get('/__console/api/Warehouses')).status).toBe(200);
  });

  it.each([
    ['POST', '/__control/reset'],
    ['GET', '/__control/state'],
    ['GET', '/__console'],
    ['GET', '/NotAResource'],
    ['DELETE', '/Products/7a8d2e3e-a4cc-4c7c-a0fa-81ddc0e1a833'],
  ])(
    'when asked for %s %s, which is not an Unleashed API call, then the console refuses it and sends nothing',
    async (method, path) => {
      const before = (await open.control('GET', '/__control/calls')).body.Items.length;
      const refused = await open.get(`/__console/api${path}`, { method });
      expect(refused.status).toBe(404);
      expect(refused.body.Description).toMatch(/not an Unleashed API call/);
      expect((await open.control('GET', '/__control/calls')).body.Items.length).toBe(before);
    },
  );

  it('when a raw path climbs out with .. segments, then the console refuses it (fetch would have tidied it away)', async () => {
    const { port } = new URL(open.url);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/__console/api/Customers/../__control/state' }, (answer) => {
        answer.resume();
        resolve(answer.statusCode);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(404);
  });
});

describe('the pages', () => {
  it('when the shell is asked for, then it is HTML with a strict Content-Security-Policy and its scripts are served', async () => {
    const shell = await open.get('/__console');
    expect(shell.status).toBe(200);
    expect(shell.headers.get('content-type')).toMatch(/text\/html/);
    expect(shell.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(shell.body).toContain('/__console/static/app.js');
    const script = await open.get('/__console/static/app.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await open.get('/__console/nothing-here')).status).toBe(404);
  });
});

describe('with a console password', () => {
  let gated: ConsoleMock;
  beforeAll(async () => {
    gated = await startConsoleMock({ password: 'open sesame' });
  });
  afterAll(() => gated.close());

  const logIn = (password: string) =>
    gated.get('/__console/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ password }).toString(),
    });

  it('when there is no cookie, then pages send the browser to the login form, scripts and the proxy answer 401 (only the stylesheets are served), and the mock is not called', async () => {
    const page = await gated.get('/__console/', { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/__console/login');
    const api = await gated.get('/__console/api/Customers');
    expect(api.status).toBe(401);
    expect((await gated.get('/__console/static/app.js')).status).toBe(401);
    expect((await gated.get('/__console/static/base.css')).status).toBe(200);
    expect((await gated.control('GET', '/__control/calls')).body.Items).toEqual([]);
  });

  it('when the password is wrong, then the login form answers 401 and sets no cookie', async () => {
    const refused = await logIn('open sesame!');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect(refused.body).toContain('That password is not right.');
  });

  it('when the password is right, then an HttpOnly SameSite cookie opens the console and the proxy, until logging out', async () => {
    const accepted = await logIn('open sesame');
    expect(accepted.status).toBe(303);
    const cookie = accepted.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/__console/);
    const pair = cookie.split(';')[0] as string;
    expect((await gated.get('/__console/', { headers: { Cookie: pair } })).status).toBe(200);
    const api = await gated.get('/__console/api/Warehouses', { headers: { Cookie: pair } });
    expect(api.status).toBe(200);
    const forged = `${pair.split('=')[0]}=${Buffer.alloc(32).toString('base64url')}`;
    expect((await gated.get('/__console/api/Warehouses', { headers: { Cookie: forged } })).status).toBe(401);
    const out = await gated.get('/__console/logout', { method: 'POST', headers: { Cookie: pair } });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/Expires=Thu, 01 Jan 1970/);
  });
});
