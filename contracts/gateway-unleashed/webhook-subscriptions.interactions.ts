// The gateway managing its store's webhook subscription in Unleashed (issue 13): the calls the subscriber makes
// (subscriber.ts through unleashed/webhook-subscriptions.ts), signed like every other call, and the refusal it must
// understand when the account already holds Unleashed's 5 subscriptions.
import { MatchersV3, type PactV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import {
  createSubscription,
  deleteSubscription,
  listSubscriptions,
} from '../../gateway/src/unleashed/webhook-subscriptions.ts';
import { SUBSCRIBED_EVENTS } from '../../gateway/src/webhooks/subscriber.ts';
import { STATES } from './contract.ts';
import { gatewayClient, signedHeaders } from './gateway-request.ts';
import { guid, textOrNull } from './matchers.ts';

const { boolean, eachLike, fromProviderState, like, regex } = MatchersV3;

const NOTIFICATION_URL = 'https://shop.example/webhooks/unleashed/store-1';
const DESCRIPTION = 'B2B portal store store-1';
const SUBSCRIPTION_ID = '0d5c3e2a-7b41-4f6e-9a8d-2c1b0e9f8a76';
const EVENT_TYPE = '^[a-z]+\\.[a-z]+$';

const subscription = {
  subscriptionId: guid(SUBSCRIPTION_ID),
  notificationUrl: like(NOTIFICATION_URL),
  eventTypes: eachLike(regex(EVENT_TYPE, 'salesorder.completed')),
  description: textOrNull(DESCRIPTION),
  isActive: boolean(true),
};

const pagination = like({ PageNumber: 1, NumberOfPages: 1 });

export function webhookSubscriptionContracts(pact: PactV3) {
  describe('the gateway managing its store’s webhook subscription', () => {
    it('lists the account’s subscriptions to find its own', async () => {
      pact
        .given(STATES.webhookSubscribed, { notificationUrl: NOTIFICATION_URL, description: DESCRIPTION })
        .uponReceiving('a request for the account’s webhook subscriptions')
        .withRequest({ method: 'GET', path: '/Webhooks/Subscriptions', headers: signedHeaders({}) })
        .willRespondWith({ status: 200, body: { Pagination: pagination, Items: eachLike(subscription) } });
      await pact.executeTest(async (server) => {
        const subscriptions = await listSubscriptions(gatewayClient(server.url).client);
        expect(subscriptions[0]).toMatchObject({ notificationUrl: NOTIFICATION_URL, isActive: true });
      });
    });

    it('subscribes the store to the events it follows and keeps the signing key it is given once', async () => {
      const request = {
        notificationUrl: NOTIFICATION_URL,
        eventTypes: SUBSCRIBED_EVENTS,
        description: DESCRIPTION,
      };
      pact
        .given(STATES.webhookRoom, { count: 0 })
        .uponReceiving('a request to subscribe a store’s endpoint to webhook events')
        .withRequest({
          method: 'POST',
          path: '/Webhooks/Subscriptions',
          headers: { ...signedHeaders({}), 'Content-Type': 'application/json' },
          body: { ...request, isActive: true },
        })
        .willRespondWith({
          status: 201,
          body: { ...subscription, signingKey: like('q7X2mB9vK4pL1sN8rT6wY3zA5cE0dF2gH4jJ6kL8mN0=') },
        });
      await pact.executeTest(async (server) => {
        const made = await createSubscription(gatewayClient(server.url).client, request);
        expect(made.signingKey).toEqual(expect.any(String));
        expect(made.subscriptionId).toMatch(/^[0-9a-f-]{36}$/i);
      });
    });

    it('is refused a subscription with a clear error when the account holds 5 already', async () => {
      const request = {
        notificationUrl: NOTIFICATION_URL,
        eventTypes: SUBSCRIBED_EVENTS,
        description: DESCRIPTION,
      };
      pact
        .given(STATES.webhookRoom, { count: 5 })
        .uponReceiving(
          'a request to subscribe when the account holds as many subscriptions as Unleashed allows',
        )
        .withRequest({
          method: 'POST',
          path: '/Webhooks/Subscriptions',
          headers: { ...signedHeaders({}), 'Content-Type': 'application/json' },
          body: { ...request, isActive: true },
        })
        .willRespondWith({
          status: 400,
          body: {
            Items: eachLike({
              Field: like('Subscription'),
              Description: like('An account can have at most 5 webhook subscriptions.'),
              ErrorCode: like('SubscriptionLimitReached'),
            }),
          },
        });
      await pact.executeTest(async (server) => {
        const error = await createSubscription(gatewayClient(server.url).client, request).catch(
          (e: unknown) => e,
        );
        expect(error).toMatchObject({ status: 400, transient: false });
      });
    });

    it('removes a stale subscription of its own', async () => {
      pact
        .given(STATES.webhookSubscribed, { notificationUrl: NOTIFICATION_URL, description: DESCRIPTION })
        .uponReceiving('a request to remove a webhook subscription')
        .withRequest({
          method: 'DELETE',
          path: fromProviderState(
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a Pact provider-state expression, not a template
            '/Webhooks/Subscriptions/${subscriptionId}',
            `/Webhooks/Subscriptions/${SUBSCRIPTION_ID}`,
          ),
          headers: signedHeaders({}),
        })
        .willRespondWith({ status: 204 });
      await pact.executeTest(async (server) => {
        const { client, signatures } = gatewayClient(server.url);
        await deleteSubscription(client, SUBSCRIPTION_ID);
        expect(signatures).toHaveLength(1);
      });
    });
  });
}
