// The provider side's way into the running mock: signed calls to its Unleashed API (as any client of the
// account would make) and unsigned calls to its QA control API. State handlers use nothing else.

import type { ApiCredentials } from '../../mock-unleashed/src/auth.ts';
import { signQuery } from '../../mock-unleashed/src/auth.ts';

// biome-ignore lint/suspicious/noExplicitAny: state handlers read Unleashed's answers field by field
export type Json = any;

export interface MockApi {
  /** The account the signed calls are made for. */
  readonly apiId: string;
  /** A signed call; anything but 2xx throws, naming the call and the answer. */
  call(method: string, pathAndQuery: string, body?: unknown): Promise<Json>;
  /** A signed GET that answers undefined on 404. */
  find(pathAndQuery: string): Promise<Json | undefined>;
  /** A call to /__control/…; anything but 2xx throws. */
  control(method: string, path: string, body?: unknown): Promise<Json>;
}

export function mockApi(baseUrl: string, credentials: ApiCredentials): MockApi {
  const send = async (method: string, pathAndQuery: string, signed: boolean, body?: unknown) => {
    const at = pathAndQuery.indexOf('?');
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Content-Type': 'application/json',
    };
    if (signed) {
      headers['api-auth-id'] = credentials.apiId;
      headers['api-auth-signature'] = signQuery(
        credentials.apiKey,
        at === -1 ? '' : pathAndQuery.slice(at + 1),
      );
    }
    const response = await fetch(baseUrl + pathAndQuery, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Json) : undefined };
  };
  const ok = async (method: string, pathAndQuery: string, signed: boolean, body?: unknown) => {
    const answer = await send(method, pathAndQuery, signed, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${pathAndQuery} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  return {
    apiId: credentials.apiId,
    call: (method, pathAndQuery, body) => ok(method, pathAndQuery, true, body),
    find: async (pathAndQuery) => {
      const answer = await send('GET', pathAndQuery, true);
      if (answer.status === 404) return undefined;
      if (answer.status >= 300) throw new Error(`GET ${pathAndQuery} answered ${answer.status}`);
      return answer.body;
    },
    control: (method, path, body) => ok(method, path, false, body),
  };
}
