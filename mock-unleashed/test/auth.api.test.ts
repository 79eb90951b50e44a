// The request signature: the reference's test vectors, what the mock accepts and refuses, and the call log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signQuery } from '../src/auth.ts';
import { type RunningMock, startMock, TEST_API_ID, TEST_API_KEY } from './harness.ts';

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock.close());

/** A GET with exactly these headers (no signing done for you). */
async function getWith(pathAndQuery: string, headers: Record<string, string>) {
  const response = await fetch(mock.url + pathAndQuery, {
    headers: { Accept: 'application/json', ...headers },
  });
  return { status: response.status, body: await response.json() };
}

/** Headers signed over `signedText` instead of the query actually sent. */
function signedOver(signedText: string, extra: Record<string, string> = {}) {
  return { 'api-auth-id': TEST_API_ID, 'api-auth-signature': signQuery(TEST_API_KEY, signedText), ...extra };
}

describe('signQuery, against the test vectors of the reference (key my-api-key)', () => {
  it.each([
    ['', 'g/sLGpl3EjQxdUrl9Fy60IBziH8XHBzXVA9NZuWIRGU='],
    ['customerCode=ACME', 'Le6I70d0BtHx6MjyffWUgd6HrKbZ6NBOsX29Gt1kJpc='],
    ['orderNumber=DTC#13633', '8O13FMqprDIni11rrdB37Vwl8caQNUn9Gd22ciGMXfE='],
    ['orderNumber=DTC%2313633', 'II17WB3gnn70XBzvznrTObLZu6A6WXp3YeUuGKX4Jmo='],
  ])('when the query is "%s", then the signature is %s', (query, expected) => {
    expect(signQuery('my-api-key', query)).toBe(expected);
  });
});

describe('accepted requests', () => {
  it('when the raw query is signed, then the request is answered', async () => {
    const { status, body } = await getWith(
      '/Customers?customerCode=DEMO001',
      signedOver('customerCode=DEMO001'),
    );
    expect(status).toBe(200);
    expect(body.Items.map((c: { CustomerCode: string }) => c.CustomerCode)).toEqual(['DEMO001']);
  });

  it('when there is no query, then the empty string is what is signed', async () => {
    const { status } = await getWith('/Warehouses', signedOver(''));
    expect(status).toBe(200);
  });

  it('when the percent-decoded query is signed and the encoded one is sent, then the request is answered', async () => {
    const { status, body } = await getWith(
      '/Customers?customer=Demo%20Wholesale',
      signedOver('customer=Demo Wholesale'),
    );
    expect(status).toBe(200);
    expect(body.Items.map((c: { CustomerCode: string }) => c.CustomerCode)).toEqual(['DEMO001']);
  });

  it('when a PHP-style client sends a space as + and signs the decoded query, then the request is answered', async () => {
    const { status, body } = await getWith(
      '/Customers?customer=Demo+Wholesale',
      signedOver('customer=Demo Wholesale'),
    );
    expect(status).toBe(200);
    expect(body.Items.map((c: { CustomerCode: string }) => c.CustomerCode)).toEqual(['DEMO001']);
  });

  it("when the reference's encoded order number is signed either way, then both are answered", async () => {
    const sent = '/SalesOrders?orderNumber=DTC%2313633';
    expect((await getWith(sent, signedOver('orderNumber=DTC%2313633'))).status).toBe(200);
    expect((await getWith(sent, signedOver('orderNumber=DTC#13633'))).status).toBe(200);
  });
});

describe('refused requests: 403 with a Description', () => {
  const sent = '/Customers?customerCode=DEMO001';
  it.each([
    ['the signature is wrong', { 'api-auth-id': TEST_API_ID, 'api-auth-signature': 'AAAA' }],
    ['the signature is of another query', signedOver('customerCode=DEMO002')],
    ['the signature is over the path as well', signedOver(sent)],
    ['the signature is over the path only', signedOver('/Customers')],
    [
      'the api-auth-id is not known',
      { ...signedOver('customerCode=DEMO001'), 'api-auth-id': crypto.randomUUID() },
    ],
    ['the signature header is missing', { 'api-auth-id': TEST_API_ID }],
    ['both headers are missing', {}],
  ])('when %s, then it is refused with 403', async (_case, headers) => {
    const { status, body } = await getWith(sent, headers);
    expect(status).toBe(403);
    expect(body).toEqual({ Description: expect.any(String) });
  });

  it('when a refused request is a write, then nothing changes', async () => {
    const guid = crypto.randomUUID();
    const response = await fetch(`${mock.url}/Products/${guid}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...signedOver('x=1') },
      body: JSON.stringify({ ProductCode: 'AUTH-REFUSED', ProductDescription: 'Never stored' }),
    });
    expect(response.status).toBe(403);
    expect((await mock.call('GET', `/Products/${guid}`)).status).toBe(404);
  });
});

describe('client-type', () => {
  it('when client-type is left out or looks like name/app, then the request is answered', async () => {
    expect((await getWith('/Warehouses', signedOver(''))).status).toBe(200);
    expect((await getWith('/Warehouses', signedOver('', { 'client-type': 'acme/orderportal' }))).status).toBe(
      200,
    );
  });

  it('when client-type is malformed, then the answer is a 400 naming client-type', async () => {
    const { status, body } = await getWith(
      '/Warehouses',
      signedOver('', { 'client-type': 'my order portal' }),
    );
    expect(status).toBe(400);
    expect(body).toEqual({
      Items: [{ Field: 'client-type', Description: expect.any(String), ErrorCode: expect.any(String) }],
    });
  });
});

describe('the call log', () => {
  it('when signed, badly signed, unsigned and unknown-id calls arrive, then each is logged with its verdict', async () => {
    const before = (await mock.control('GET', '/__control/calls?limit=1')).body.Items.at(-1)?.seq ?? 0;
    await getWith('/Warehouses?log=1', signedOver('log=1'));
    await getWith('/Warehouses?log=2', signedOver('log=other'));
    await getWith('/Warehouses?log=3', {});
    await getWith('/Warehouses?log=4', { ...signedOver('log=4'), 'api-auth-id': crypto.randomUUID() });

    const { body } = await mock.control('GET', `/__control/calls?since=${before}&path=%2FWarehouses`);
    const seen = body.Items.map((call: { query: string; signature: string; status: number }) => [
      call.query,
      call.signature,
      call.status,
    ]);
    expect(seen).toEqual([
      ['log=1', 'valid', 200],
      ['log=2', 'invalid', 403],
      ['log=3', 'missing', 403],
      ['log=4', 'unknown-id', 403],
    ]);
  });
});
