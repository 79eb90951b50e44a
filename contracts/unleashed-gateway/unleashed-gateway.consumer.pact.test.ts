// Consumer side of Unleashed → gateway (issue 13, item 5): the mock's real webhook dispatcher (the code that
// delivers every event the mock emits) posting to the Pact mock server as if it were the store's endpoint. It
// pins what a delivery is (path, signature headers, event body) and what the gateway answers: 202 for each event
// kind the store follows and for a repeat, 401 for a forged signature, 404 for a store that does not exist.
import { rmSync } from 'node:fs';
import { MatchersV3 } from '@pact-foundation/pact';
import { Low, Memory } from 'lowdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockClock } from '../../mock-unleashed/src/clock.ts';
import { MockStore } from '../../mock-unleashed/src/store.ts';
import type { MockData, WebhookDelivery } from '../../mock-unleashed/src/types.ts';
import { WebhookDispatcher } from '../../mock-unleashed/src/webhooks/dispatcher.ts';
import type { WebhookEventType } from '../../mock-unleashed/src/webhooks/protocol.ts';
import { CONTRACT_SIGNING_KEY, EVENT_IDS, EXAMPLES, PACT_FILE, STATES, STORE_NAME } from './contract.ts';
import { Delivery, pact, problem } from './pact-kit.ts';

const { boolean, like } = MatchersV3;
const RESOURCE_GUID = '3f2b8c1e-9d4a-4e7b-8a6c-1b2c3d4e5f60';

const store = new MockStore(
  new Low(new Memory<MockData>(), { webhookSubscriptions: [] } as unknown as MockData),
);
const dispatcher = new WebhookDispatcher(store, new MockClock(), 60_000);

beforeAll(() => rmSync(PACT_FILE, { force: true }));
afterAll(() => dispatcher.stop());

/** Points the account's one subscription at `url`, emits `eventType` and returns the delivery once tried. */
async function deliverThrough(url: string, eventType: WebhookEventType): Promise<WebhookDelivery> {
  store.data.webhookSubscriptions = [
    {
      subscriptionId: EXAMPLES.subscriptionId,
      notificationUrl: url,
      eventTypes: [eventType],
      description: null,
      isActive: true,
      createdOn: EXAMPLES.createdOn,
      lastModifiedOn: EXAMPLES.createdOn,
      signingKey: CONTRACT_SIGNING_KEY,
    },
  ];
  dispatcher.emit(eventType, RESOURCE_GUID);
  await dispatcher.flush();
  // The Pact mock server records a match just after it answers (see ../patient-fetch.ts).
  await new Promise((resolve) => setTimeout(resolve, 25));
  const [delivery] = dispatcher.deliveries();
  if (!delivery) throw new Error('the dispatcher made no delivery');
  return delivery;
}

/** Declares `delivery`, then lets the dispatcher deliver it (shaped by `fault`) to the Pact mock server. */
async function exchange(delivery: Delivery, fault?: Parameters<WebhookDispatcher['faults']['add']>[0]) {
  delivery.declare();
  const delivered = await pact.executeTest(async (server) => {
    dispatcher.reset();
    if (fault) dispatcher.faults.add(fault);
    return deliverThrough(`${server.url}${delivery.path}`, delivery.eventType);
  });
  if (!delivered) throw new Error('the Pact mock server saw no delivery');
  return delivered;
}

describe('Unleashed delivering the events a store follows', () => {
  const followed: Array<[WebhookEventType, string, keyof typeof EVENT_IDS]> = [
    ['salesorder.completed', 'a completed sales order', 'orderCompleted'],
    ['product.updated', 'a changed product', 'productUpdated'],
    ['customer.updated', 'a changed customer', 'customerUpdated'],
  ];
  for (const [eventType, what, eventId] of followed) {
    it(`delivers ${what}, signed, and is done when the store answers 202`, async () => {
      const delivery = await exchange(
        new Delivery(eventType, EVENT_IDS[eventId], RESOURCE_GUID)
          .given(STATES.subscribed, { storeName: STORE_NAME })
          .answered(202, { eventId: like(EVENT_IDS[eventId]), duplicate: false }),
      );
      expect(delivery).toMatchObject({ status: 'Succeeded', eventType, resourceGuid: RESOURCE_GUID });
      expect(delivery.attempts.map((a) => a.statusCode)).toEqual([202]);
    });
  }

  it('delivers an event twice (QA fault duplicate) and the store answers 202 to the repeat, saying so', async () => {
    const delivery = await exchange(
      new Delivery('salesorder.completed', EVENT_IDS.repeated, RESOURCE_GUID)
        .given(STATES.subscribed, { storeName: STORE_NAME })
        .given(STATES.received, { storeName: STORE_NAME, eventId: EVENT_IDS.repeated })
        .describe('a delivery of an event the store has received before')
        .answered(202, { eventId: like(EVENT_IDS.repeated), duplicate: boolean(true) }),
      { kind: 'duplicate', count: 1 },
    );
    expect(delivery).toMatchObject({ status: 'Succeeded' });
    expect(delivery.attempts.map((a) => [a.statusCode, a.fault])).toEqual([
      [202, 'duplicate'],
      [202, 'duplicate'],
    ]);
  });
});

describe('Unleashed refused by the store', () => {
  it('retries later a delivery the store refuses with 401 because its signature is not the store’s', async () => {
    const delivery = await exchange(
      new Delivery('salesorder.completed', EVENT_IDS.forged, RESOURCE_GUID)
        .given(STATES.subscribed, { storeName: STORE_NAME })
        .forged()
        .describe('a delivery signed with a key the store does not hold')
        .answered(401, problem('webhook-signature-invalid', 401)),
      { kind: 'badSignature', count: 1 },
    );
    expect(delivery).toMatchObject({ status: 'Retrying' });
    expect(delivery.attempts.map((a) => [a.statusCode, a.fault])).toEqual([[401, 'badSignature']]);
  });

  it('retries later a delivery to a store that does not exist, which is answered 404', async () => {
    const delivery = await exchange(
      new Delivery('salesorder.completed', EVENT_IDS.unknownStore, RESOURCE_GUID)
        .toStore('no-such-store')
        .describe('a delivery to a store that does not exist')
        .answered(404, problem('not-found', 404)),
    );
    expect(delivery).toMatchObject({ status: 'Retrying' });
    expect(delivery.attempts.map((a) => a.statusCode)).toEqual([404]);
  });
});
