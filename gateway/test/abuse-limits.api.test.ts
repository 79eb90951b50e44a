// Abuse limits (issue 17 item 4), on two gateway instances sharing one database: the public endpoints (sign-in,
// invitation links, the webhook receiver) are rate-limited with one count across both instances, even under a
// parallel burst; and each route holds request bodies to its own size (413 problem+json past it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type RunningGateway, startGateway } from './harness.ts';

const LIMIT = 5;
const limits = {
  signIn: { hits: LIMIT, windowSeconds: 600 },
  // Long enough for six requests on a loaded CI machine, short enough to wait out.
  invitations: { hits: LIMIT, windowSeconds: 8 },
  webhooks: { hits: LIMIT, windowSeconds: 600 },
};
let one: RunningGateway;
let two: RunningGateway;
beforeAll(async () => {
  // Both behind a local proxy that names each client's address.
  const trustProxy = ['loopback'];
  one = await startGateway({ rateLimits: limits, trustProxy });
  two = await startGateway({ db: one.db, mock: one.mock, adminExists: true, rateLimits: limits, trustProxy });
});
afterAll(async () => {
  await two.close();
  await one.close();
});

/** The same request sent `times` times, alternately to each instance; answers the statuses in order. */
async function alternately(times: number, send: (gw: RunningGateway) => Promise<{ status: number }>) {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await send(i % 2 === 0 ? one : two)).status);
  return statuses;
}

const signIn = (gw: RunningGateway, address: string) =>
  gw.request('POST', '/admin/login', {
    body: { email: ADMIN.email, password: ADMIN.password },
    headers: { 'X-Forwarded-For': address },
  });

describe('rate limits across instances', () => {
  it('when one address signs in again and again on both instances, then the sixth is refused 429 with Retry-After, and another address is not', async () => {
    expect(await alternately(LIMIT + 2, (gw) => signIn(gw, '10.1.0.1'))).toEqual([
      ...Array(LIMIT).fill(200),
      429,
      429,
    ]);
    const refused = await signIn(two, '10.1.0.1');
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body.type).toMatch(/too-many-attempts$/);
    expect(refused.body.detail).toMatch(/^Too many sign-ins from this address; try again in \d+ seconds\.$/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500);
    expect((await signIn(one, '10.1.0.2')).status).toBe(200);
  });

  it('when invitation links are tried from one address, then past the limit they are refused until the window has passed', async () => {
    const open = (gw: RunningGateway) =>
      gw.request('POST', '/store/invitations/open', {
        body: { token: 'x'.repeat(43) },
        headers: { 'X-Forwarded-For': '10.2.0.1' },
      });
    const accept = (gw: RunningGateway) =>
      gw.request('POST', '/store/invitations/accept', {
        body: { token: 'x'.repeat(43), password: 'Guess-2026-pass' },
        headers: { 'X-Forwarded-For': '10.2.0.1' },
      });
    // Opening and accepting share one count: guessing tokens is guessing tokens.
    const statuses = [...(await alternately(3, open)), ...(await alternately(3, accept))];
    expect(statuses.slice(0, LIMIT).every((status) => status === 404)).toBe(true);
    expect(statuses[LIMIT]).toBe(429);
    await expect.poll(async () => (await open(one)).status, { timeout: 12_000, interval: 500 }).toBe(404);
  });

  it("when a store's webhook endpoint is flooded, then past the limit deliveries are refused 429 webhook-flood, and another store's are not", async () => {
    const deliver = (storeId: string) => (gw: RunningGateway) =>
      gw.request('POST', `/webhooks/unleashed/${storeId}`, {
        body: { eventId: 'e1', eventType: 'product.updated', data: { guid: 'g' } },
      });
    const statuses = await alternately(LIMIT + 1, deliver('flooded-store'));
    expect(statuses.slice(0, LIMIT)).not.toContain(429);
    expect(statuses[LIMIT]).toBe(429);
    const refused = await deliver('flooded-store')(one);
    expect(refused.body.type).toMatch(/webhook-flood$/);
    expect((await deliver('quiet-store')(two)).status).not.toBe(429);
  });

  it('when 20 deliveries for one store arrive at once on both instances, then exactly 5 are let through', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        (n % 2 === 0 ? one : two).request('POST', '/webhooks/unleashed/burst-store', {
          body: { eventId: `e${n}`, eventType: 'product.updated', data: { guid: 'g' } },
        }),
      ),
    );
    expect(answers.filter((answer) => answer.status !== 429)).toHaveLength(LIMIT);
  });
});

describe('request body sizes per route', () => {
  const guids = (count: number) =>
    Array.from({ length: count }, (_, n) => `product-guid-${String(n).padStart(20, '0')}`);

  it('when an ordinary JSON body is over 128 KB, then it is refused 413 payload-too-large before anything else', async () => {
    const token = await one.loginAdmin();
    const answer = await one.request('PATCH', '/admin/account', {
      token,
      body: { name: 'x'.repeat(140_000) },
    });
    expect(answer.status).toBe(413);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status: 413, detail: 'This request body may be at most 128 KB.' });
    expect(answer.body.type).toMatch(/payload-too-large$/);
  });

  it('when a bulk selection names 10,000 products (~400 KB), then its route takes it; 1 MB more is refused', async () => {
    const token = await one.loginAdmin();
    const path = '/admin/stores/no-such-store/products/status';
    const full = await one.request('POST', path, {
      token,
      body: { status: 'visible', productGuids: guids(10_000) },
    });
    expect(full.status).toBe(404);
    const over = await one.request('POST', path, {
      token,
      body: { status: 'visible', productGuids: guids(10_000), padding: 'x'.repeat(1_100_000) },
    });
    expect(over.status).toBe(413);
  });
});
