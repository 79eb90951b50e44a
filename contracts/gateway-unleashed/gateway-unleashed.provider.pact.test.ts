// Provider side of gateway → Unleashed: the pact the consumer test wrote, replayed against the mock's own
// createApp (the app `npm run mock` serves) on port 0, with the account the consumer signed for. Every
// interaction starts from a fresh `default` seed with no faults; state handlers then make its facts true.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Verifier } from '@pact-foundation/pact';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApp } from '../../mock-unleashed/src/app.ts';
import { generateSeed } from '../../mock-unleashed/src/seed/index.ts';
import { openStore } from '../../mock-unleashed/src/store.ts';
import { ACCOUNT, PACT_FILE, PROVIDER } from './contract.ts';
import { type MockApi, mockApi } from './mock-api.ts';
import { stateHandlers } from './provider-states.ts';
import { resignReplayedRequests } from './replayed-signature.ts';

const SEED = { seed: 'default', seedNumber: 42 } as const;
const unexpectedErrors: unknown[] = [];
let server: Server;
let baseUrl: string;
let api: MockApi;

beforeAll(async () => {
  const store = await openStore(undefined, () => generateSeed(SEED.seed, { seedNumber: SEED.seedNumber }));
  const app = createApp({
    store,
    credentials: ACCOUNT,
    defaultSeedNumber: SEED.seedNumber,
    onUnexpectedError: (error) => unexpectedErrors.push(error),
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  api = mockApi(baseUrl, ACCOUNT);
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it('the mock Unleashed honours every interaction the gateway expects of it', async () => {
  const stateFailures: string[] = [];
  await new Verifier({
    provider: PROVIDER,
    providerBaseUrl: baseUrl,
    pactUrls: [PACT_FILE],
    logLevel: 'warn',
    // A fresh account for each interaction: no order, stock change or fault leaks into the next one.
    beforeEach: () => api.control('POST', '/__control/reset', SEED),
    stateHandlers: stateHandlers(api, stateFailures),
    requestFilter: resignReplayedRequests(ACCOUNT),
  }).verifyProvider();
  expect(stateFailures).toEqual([]);
  expect(unexpectedErrors).toEqual([]);
});
