// Provider side of storefront → gateway: the pact the consumer test wrote, replayed against the real gateway
// (createGateway, memory storage, responses checked against openapi/gateway.yaml by its own validator) beside
// a real mock Unleashed and an SMTP catcher, all on port 0 (gateway/test/portal-fixtures.ts). One portal serves
// every interaction: its store is synced from the `default` seed once, and each state handler makes its facts
// true with fresh customers where an interaction changes them.
import { Verifier } from '@pact-foundation/pact';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Portal, startPortal } from '../../gateway/test/portal-fixtures.ts';
import { PACT_FILE, PROVIDER } from './contract.ts';
import { stateHandlers } from './provider-states.ts';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal({ plan: 'premium-plus' });
});

afterAll(() => portal.close());

it('the gateway honours every interaction the storefront expects of it', async () => {
  const stateFailures: string[] = [];
  await new Verifier({
    provider: PROVIDER,
    providerBaseUrl: portal.gw.url,
    pactUrls: [PACT_FILE],
    logLevel: 'warn',
    stateHandlers: stateHandlers(portal, stateFailures),
  }).verifyProvider();
  expect(stateFailures).toEqual([]);
  // Past the config's 180 s: 150 interactions, each against a real gateway, on a machine other runs share.
}, 600_000);
