// The consumer side's plumbing: the gateway's real UnleashedClient pointed at the Pact mock server, and the
// Pact form of a request it makes. The signature in a pact is the one the client really sent (the consumer
// test checks that), so the verification can tell a request signed with the account's key from a forged one.
import {
  MatchersV3,
  type PactV3,
  type TemplateHeaders,
  type TemplateQuery,
  type V3Request,
} from '@pact-foundation/pact';
import { expect } from 'vitest';
import {
  PAGE_SIZE,
  type Query,
  signQuery,
  toQueryString,
  UnleashedClient,
  type UnleashedClientOptions,
} from '../../gateway/src/unleashed/client.ts';
import type { ListReader, ReadPage } from '../../gateway/src/unleashed/operations.ts';
import { patientFetch } from '../patient-fetch.ts';
import { ACCOUNT } from './contract.ts';
import { base64Signature, clientType, filterDate, GUID_PATTERN } from './matchers.ts';

export interface RecordingClient {
  client: UnleashedClient;
  /** The api-auth-signature of every request the client sent, in order. */
  signatures: string[];
}

/** The gateway's client for the store's account, against `baseUrl`; retries do not wait. */
export function gatewayClient(
  baseUrl: string,
  options: Partial<UnleashedClientOptions> = {},
): RecordingClient {
  const signatures: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    signatures.push(new Headers(init?.headers).get('api-auth-signature') ?? '');
    return patientFetch(input, init);
  };
  const client = new UnleashedClient({
    baseUrl,
    ...ACCOUNT,
    sleep: () => Promise.resolve(),
    fetch: recordingFetch,
    ...options,
  });
  return { client, signatures };
}

/** The headers of a request signed with `apiKey` over `query` (as the client builds the query string). */
export function signedHeaders(query: Query, apiKey: string = ACCOUNT.apiKey): TemplateHeaders {
  return {
    'api-auth-id': MatchersV3.regex(GUID_PATTERN, ACCOUNT.apiId),
    'api-auth-signature': base64Signature(signatureOf(query, apiKey)),
    'client-type': clientType(),
  };
}

/** The signature the client sends for `query`. */
export function signatureOf(query: Query, apiKey: string = ACCOUNT.apiKey): string {
  return signQuery(apiKey, toQueryString(query));
}

/** The query a page request sends: pageSize first, then the filters in the order the gateway gives them. */
export function pageQuery(filters: Query): Query {
  return { pageSize: PAGE_SIZE, ...filters };
}

/** The Pact form of a query: every value as text; modifiedSince by format, since it is the sync's cursor. */
export function pactQuery(query: Query): TemplateQuery {
  const template: TemplateQuery = {};
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    template[name] = name === 'modifiedSince' ? filterDate(String(value)) : String(value);
  }
  return template;
}

/** The first page of a list, signed, as the gateway asks for it. */
export function listRequest(resource: string, filters: Query = {}): V3Request {
  const query = pageQuery(filters);
  return { method: 'GET', path: `/${resource}/1`, query: pactQuery(query), headers: signedHeaders(query) };
}

/** One of the gateway's list operations (gateway/src/unleashed/operations.ts), as the gateway calls it. */
export type ListOperation<T> = (reader: ListReader) => AsyncGenerator<ReadPage<T>> | Promise<T[]>;

export type ListInteraction<T> = [
  states: Array<[name: string, params: Record<string, string | number>]>,
  description: string,
  resource: string,
  filters: Record<string, string | boolean | number>,
  body: unknown,
  operation: ListOperation<T>,
];

/**
 * Declares a paged list interaction on `pact`, runs the gateway's own list operation against it (so a query the
 * sync changes breaks this pact), checks the client signed its one request as the pact says, and returns what
 * the operation read.
 */
export async function readListThroughPact<T>(
  pact: PactV3,
  ...[states, description, resource, filters, body, operation]: ListInteraction<T>
) {
  for (const [name, params] of states) pact.given(name, params);
  pact
    .uponReceiving(description)
    .withRequest(listRequest(resource, filters))
    .willRespondWith({ status: 200, body });
  const read = await pact.executeTest(async (server) => {
    const { client, signatures } = gatewayClient(server.url);
    const reader: ListReader = { client, pageSize: PAGE_SIZE, checkStopped: () => undefined };
    const read = operation(reader);
    const items: T[] = [];
    if (read instanceof Promise) items.push(...(await read));
    else for await (const page of read) items.push(...page.items);
    expect(signatures).toEqual([signatureOf(pageQuery(filters))]);
    return items;
  });
  return read ?? [];
}
