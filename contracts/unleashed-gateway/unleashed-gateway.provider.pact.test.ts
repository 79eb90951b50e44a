// Provider side of Unleashed → gateway (issue 13, item 5): the deliveries the mock's dispatcher makes, replayed
// against the real gateway (gateway/test/portal-fixtures.ts: a store connected to a real mock Unleashed and
// subscribed to its webhooks, responses checked against openapi/gateway.yaml). State handlers use only public
// HTTP: the admin API for the subscription's state, the mock's /__control/webhooks for the signing key the mock
// gave the store, and the store's own endpoint for an event received before. The request filter signs each
// replayed delivery as Unleashed would, with that key and the current time (signed-event.ts).
import { Verifier, type VerifierOptions } from '@pact-foundation/pact';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Portal, startPortal } from '../../gateway/test/portal-fixtures.ts';
import { webhookHeaders } from '../../mock-unleashed/src/webhooks/protocol.ts';
import { EXAMPLES, PACT_FILE, PROVIDER, STATES } from './contract.ts';
import { resignReplayedEvents } from './signed-event.ts';

type Params = Record<string, unknown>;
let portal: Portal;
/** The signing key the mock gave the store's subscription, once a state handler has read it. */
let storeKey: string | undefined;

beforeAll(async () => {
  portal = await startPortal({ webhooks: true });
}, 90_000);

afterAll(() => portal?.close());

/** Waits until the store is subscribed and reads its signing key where Unleashed's side keeps it. */
async function subscribedStore(storeName: string): Promise<{ storeId: string }> {
  const store = (await portal.api('GET', '')).body;
  if (store.name !== storeName)
    throw new Error(`the verification's store is ${store.name}, not ${storeName}`);
  for (let i = 0; i < 200; i++) {
    const state = (await portal.api('GET', '/webhooks')).body.subscription.state;
    if (state === 'subscribed') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = `${portal.gw.url}/webhooks/unleashed/${portal.storeId}`;
  const held = (await portal.gw.mock.control('GET', '/__control/webhooks')).body.subscriptions;
  const ours = held.find((s: { notificationUrl: string }) => s.notificationUrl === url);
  if (!ours) throw new Error(`the mock holds no subscription to ${url}`);
  storeKey = ours.signingKey;
  return { storeId: portal.storeId };
}

const handlers: Record<string, (params: Params) => Promise<Record<string, string>>> = {
  [STATES.subscribed]: (p) => subscribedStore(String(p.storeName)),
  [STATES.received]: async (p) => {
    const values = await subscribedStore(String(p.storeName));
    const body = JSON.stringify({
      subscriptionId: EXAMPLES.subscriptionId,
      eventNotificationId: String(p.eventId),
      eventType: 'salesorder.completed',
      createdOn: new Date().toISOString(),
      data: { Guid: crypto.randomUUID() },
    });
    const url = `${portal.gw.url}/webhooks/unleashed/${portal.storeId}`;
    const sent = await fetch(url, { method: 'POST', headers: webhookHeaders(storeKey ?? '', body), body });
    if (sent.status !== 202)
      throw new Error(`the first delivery of ${p.eventId} was answered ${sent.status}`);
    return values;
  },
};

it('the gateway honours every delivery Unleashed makes to it', async () => {
  const stateFailures: string[] = [];
  const stateHandlers: NonNullable<VerifierOptions['stateHandlers']> = {};
  for (const [state, handle] of Object.entries(handlers)) {
    stateHandlers[state] = async (params?: unknown) => {
      try {
        return await handle((params ?? {}) as Params);
      } catch (error) {
        stateFailures.push(`${state} ${JSON.stringify(params)}: ${(error as Error).message}`);
        throw error;
      }
    };
  }
  await new Verifier({
    provider: PROVIDER,
    providerBaseUrl: portal.gw.url,
    pactUrls: [PACT_FILE],
    logLevel: 'warn',
    stateHandlers,
    requestFilter: resignReplayedEvents(() => storeKey),
  }).verifyProvider();
  expect(stateFailures).toEqual([]);
});
