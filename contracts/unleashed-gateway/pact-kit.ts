// The consumer side's plumbing: the pact, and one delivery as Pact sees it, built step by step (states, the
// store it goes to, whether it is forged, the answer). The body is matched by type and format, its event type
// exactly; the signature by format, with an example the verification can recognise (signed-event.ts).
import { MatchersV3, PactV3, type V3Request } from '@pact-foundation/pact';
import { WEBHOOK_HEADERS, type WebhookEventType } from '../../mock-unleashed/src/webhooks/protocol.ts';
import { GUID_PATTERN } from '../gateway-unleashed/matchers.ts';
import { CONSUMER, CONTRACT_SIGNING_KEY, EXAMPLES, PACT_DIR, PROVIDER } from './contract.ts';
import { exampleSignature } from './signed-event.ts';

const { fromProviderState, like, regex } = MatchersV3;

export const pact = new PactV3({ consumer: CONSUMER, provider: PROVIDER, dir: PACT_DIR, logLevel: 'error' });

const ISO_TIME = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$';
const JSON_TYPE = regex('^application/json.*$', 'application/json; charset=utf-8');
const PROBLEM_TYPE = regex('^application/problem\\+json.*$', 'application/problem+json; charset=utf-8');

/** A problem+json body whose `type` ends in `slug` (RFC 9457, the gateway's catalogue). */
export const problem = (slug: string, status: number) => ({
  type: regex(`^.*/problems/${slug}$`, `https://b2b-portal.example/problems/${slug}`),
  title: like('What went wrong, in one line'),
  status,
  detail: like('What went wrong, in a sentence.'),
});

export class Delivery {
  private states: Array<[string, Record<string, string>]> = [];
  private description: string;
  private signingKey = CONTRACT_SIGNING_KEY;
  private answer = { status: 202, body: {} as unknown };
  /** The store the delivery goes to; undefined: the verification's store, handed over by a provider state. */
  storeId: string | undefined;

  constructor(
    readonly eventType: WebhookEventType,
    private readonly eventId: string,
    private readonly resourceGuid: string,
  ) {
    this.description = `a signed delivery of a ${eventType} event`;
  }

  given(state: string, params: Record<string, string>): this {
    this.states.push([state, params]);
    return this;
  }

  describe(description: string): this {
    this.description = description;
    return this;
  }

  toStore(storeId: string): this {
    this.storeId = storeId;
    return this;
  }

  /** Signed with a key that is not the subscription's (the mock's badSignature fault). */
  forged(): this {
    this.signingKey = `not-${CONTRACT_SIGNING_KEY}`;
    return this;
  }

  answered(status: number, body: unknown): this {
    this.answer = { status, body };
    return this;
  }

  /** The path as sent when the store is named; the example path otherwise. */
  get path(): string {
    return `/webhooks/unleashed/${this.storeId ?? EXAMPLES.storeId}`;
  }

  private request(): V3Request {
    const example = {
      subscriptionId: EXAMPLES.subscriptionId,
      eventNotificationId: this.eventId,
      eventType: this.eventType,
      createdOn: EXAMPLES.createdOn,
      data: { Guid: this.resourceGuid },
    };
    const signature = exampleSignature(example, EXAMPLES.timestamp, this.signingKey);
    return {
      method: 'POST',
      path:
        this.storeId === undefined
          ? // biome-ignore lint/suspicious/noTemplateCurlyInString: a Pact provider-state expression
            fromProviderState('/webhooks/unleashed/${storeId}', this.path)
          : this.path,
      headers: {
        'Content-Type': 'application/json',
        [WEBHOOK_HEADERS.signature]: regex('^[A-Za-z0-9+/]{43}=$', signature),
        [WEBHOOK_HEADERS.timestamp]: regex('^\\d+$', EXAMPLES.timestamp),
      },
      body: {
        subscriptionId: regex(GUID_PATTERN, example.subscriptionId),
        eventNotificationId: regex(GUID_PATTERN, example.eventNotificationId),
        eventType: example.eventType,
        createdOn: regex(ISO_TIME, example.createdOn),
        data: { Guid: regex(GUID_PATTERN, example.data.Guid) },
      },
    };
  }

  /** Declares the interaction on the pact (the next executeTest expects it). */
  declare(): void {
    for (const [state, params] of this.states) pact.given(state, params);
    const { status, body } = this.answer;
    pact
      .uponReceiving(this.description)
      .withRequest(this.request())
      .willRespondWith({
        status,
        headers: { 'Content-Type': status >= 400 ? PROBLEM_TYPE : JSON_TYPE },
        body,
      });
  }
}
