// Which X-Forwarded-For the gateway believes (issue 17, GATEWAY_TRUST_PROXY): by default none, so a client cannot
// dodge the per-address sign-in throttle by naming another address; behind a configured proxy, the address that
// proxy forwards is the one throttled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrustProxy } from '../src/http/trust-proxy.ts';
import { ADMIN, type RunningGateway, startGateway } from './harness.ts';

const LIMIT = 3;
const rateLimits = { signIn: { hits: LIMIT, windowSeconds: 600 } };
const running: RunningGateway[] = [];
let first: RunningGateway;
beforeAll(async () => {
  first = await startGateway({ rateLimits });
  running.push(first);
});
afterAll(async () => {
  for (const gw of running.reverse()) await gw.close();
});

async function gatewayTrusting(trustProxy: TrustProxy): Promise<RunningGateway> {
  const gw = await startGateway({
    db: first.db,
    mock: first.mock,
    adminExists: true,
    rateLimits,
    trustProxy,
  });
  running.push(gw);
  return gw;
}

/** One sign-in per forwarded address, in order; answers the statuses. */
async function signInsFrom(gw: RunningGateway, forwardedFor: string[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const address of forwardedFor) {
    const answer = await gw.request('POST', '/admin/login', {
      body: { email: ADMIN.email, password: ADMIN.password },
      headers: { 'X-Forwarded-For': address },
    });
    statuses.push(answer.status);
  }
  return statuses;
}

describe('trusted proxy', () => {
  it('when no proxy is configured, then a forged X-Forwarded-For does not change the throttled address', async () => {
    const forged = ['10.20.0.1', '10.20.0.2', '10.20.0.3', '10.20.0.4'];
    expect(await signInsFrom(first, forged)).toEqual([200, 200, 200, 429]);
  });

  it('when another address is the configured proxy, then a direct caller still cannot forge its address', async () => {
    const gw = await gatewayTrusting(['192.0.2.10']);
    const forged = ['10.21.0.1', '10.21.0.2', '10.21.0.3', '10.21.0.4'];
    // The socket address (127.0.0.1) was spent by the test above: the forged ones count as that one.
    expect(await signInsFrom(gw, forged)).toEqual([429, 429, 429, 429]);
  });

  it('when the caller is the configured proxy, then the address it forwards is the one throttled', async () => {
    const gw = await gatewayTrusting(['127.0.0.1']);
    expect(await signInsFrom(gw, ['10.22.0.1', '10.22.0.2', '10.22.0.3', '10.22.0.4'])).toEqual([
      200, 200, 200, 200,
    ]);
    expect(await signInsFrom(gw, ['10.22.0.9', '10.22.0.9', '10.22.0.9', '10.22.0.9'])).toEqual([
      200, 200, 200, 429,
    ]);
  });

  it('when a hop count is configured, then the address the proxy appended is throttled, whatever the client put before it', async () => {
    const gw = await gatewayTrusting(1);
    const forwarded = ['1.1.1.1', '2.2.2.2', '3.3.3.3', '4.4.4.4'].map((forged) => `${forged}, 10.23.0.1`);
    expect(await signInsFrom(gw, forwarded)).toEqual([200, 200, 200, 429]);
  });
});
