// How a consumer interaction is declared: the storefront's real client (storefront/src/api/client.ts) against
// the Pact mock, signed in with the session a provider state hands over (`Authorization: Bearer …`, which the
// gateway accepts as well as the browser's cookie).
import { type Matcher, MatchersV3, PactV3, type V3Request } from '@pact-foundation/pact';
import { type ApiClient, createApiClient } from '../../storefront/src/api/client.ts';
import { patientFetch } from '../patient-fetch.ts';
import { CONSUMER, EXAMPLES, PACT_DIR, PROVIDER } from './contract.ts';
import { at, JSON_TYPE, PROBLEM_TYPE } from './matchers.ts';

export const pact = new PactV3({ consumer: CONSUMER, provider: PROVIDER, dir: PACT_DIR, logLevel: 'error' });

/** A provider state and its parameters. */
export type Given = [state: string, params: Record<string, string | number>];

export interface Exchange {
  given?: Given[];
  /** Whose session the request carries (`acting`: an admin's acting session); none for sign-in and invitation links. */
  as?: Session;
  uponReceiving: string;
  method: V3Request['method'];
  /** A literal path, or one in the spec's form naming provider-state values (`/admin/stores/{storeId}`). */
  path: string;
  query?: V3Request['query'];
  body?: unknown;
  /** The request body's type when it is not JSON (`text/csv`): the body is then sent as the string it is. */
  contentType?: string;
  status: number;
  /** The response body; an object whose `type` names a problem is sent as problem+json. */
  response?: unknown;
  /** The headers of an answer that is not JSON (a CSV download); `response`, if any, is then its exact text. */
  responseHeaders?: Record<string, Matcher<string> | string>;
}

const TOKEN_OF = { admin: 'adminToken', buyer: 'buyerToken', acting: 'actingToken' } as const;
type Session = keyof typeof TOKEN_OF;

function bearer(as: Session): Matcher<string> {
  const name = TOKEN_OF[as];
  return MatchersV3.fromProviderState(`Bearer \${${name}}`, `Bearer ${EXAMPLES[name]}`);
}

function isProblem(body: unknown): boolean {
  return typeof body === 'object' && body !== null && 'type' in body && 'status' in body;
}

/** The storefront's client for the mock server at `url`, carrying the example session of `as`. */
function clientFor(url: string, as?: Session): ApiClient {
  const client = createApiClient(url, patientFetch);
  if (as) {
    const token = EXAMPLES[TOKEN_OF[as]];
    client.use({ onRequest: ({ request }) => request.headers.set('Authorization', `Bearer ${token}`) });
  }
  return client;
}

/** Declares the interaction and runs `call` with the storefront's client against the Pact mock. */
export async function exchange<T>(x: Exchange, call: (api: ApiClient) => Promise<T>): Promise<T> {
  const headers: Record<string, Matcher<string> | string> = {};
  if (x.as) headers.Authorization = bearer(x.as);
  if (x.body !== undefined) headers['Content-Type'] = x.contentType ?? 'application/json';
  pact.addInteraction({
    states: (x.given ?? []).map(([description, parameters]) => ({ description, parameters })),
    uponReceiving: x.uponReceiving,
    withRequest: {
      method: x.method,
      path: at(x.path),
      ...(x.query ? { query: x.query } : {}),
      ...(Object.keys(headers).length ? { headers } : {}),
      ...(x.body === undefined ? {} : { body: x.body }),
    },
    willRespondWith: {
      status: x.status,
      ...(x.responseHeaders
        ? { headers: x.responseHeaders, ...(x.response === undefined ? {} : { body: x.response }) }
        : x.response === undefined
          ? {}
          : {
              headers: { 'Content-Type': isProblem(x.response) ? PROBLEM_TYPE : JSON_TYPE },
              body: x.response,
            }),
    },
  });
  return (await pact.executeTest((server) => call(clientFor(server.url, x.as)))) as T;
}
