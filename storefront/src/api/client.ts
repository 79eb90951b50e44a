// The storefront's one way to the gateway: an openapi-fetch client typed from openapi/gateway.yaml. Same
// origin, with the HttpOnly `portal_session` cookie and the X-Requested-With header the gateway asks of cookie-signed
// changes; every failure reaches feature code as a typed Problem.
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../../openapi/generated/gateway.d.ts';
import type { Problem } from './types.ts';

const PROBLEM_JSON = 'application/problem+json';

function problemResponse(problem: Problem, status = problem.status): Response {
  return new Response(JSON.stringify(problem), { status, headers: { 'Content-Type': PROBLEM_JSON } });
}

/** What a failed answer means when it is not the gateway's problem+json (a proxy's error page, say). */
function problemForStatus(status: number): Problem {
  const gatewayDown = status === 502 || status === 503 || status === 504;
  return {
    type: 'about:blank',
    status,
    title: gatewayDown ? 'The portal is not answering' : 'Something went wrong',
    detail: gatewayDown
      ? 'The portal server is not answering right now. Try again in a moment.'
      : `The portal answered with an unexpected error (HTTP ${status}). Try again in a moment.`,
  };
}

const signedOutListeners = new Set<() => void>();

/** Calls `listener` whenever the gateway says the session is gone (401 outside sign-in); returns an unsubscribe. */
export function onSignedOut(listener: () => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

/** Normalises failures: problem+json passes through, other error bodies and dropped connections become Problems. */
const problems: Middleware = {
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && !schemaPath.endsWith('/login')) {
      for (const listener of signedOutListeners) listener();
    }
    if (response.ok || response.headers.get('Content-Type')?.startsWith(PROBLEM_JSON)) return undefined;
    return problemResponse(problemForStatus(response.status));
  },
  onError() {
    return problemResponse(
      {
        type: 'about:blank',
        status: 0,
        title: 'The portal cannot be reached',
        detail: 'The portal cannot be reached. Check your connection, then try again.',
      },
      503,
    );
  },
};

/** Marks every request as the portal's own: the gateway refuses cookie-signed changes without it (CSRF defence). */
const sameApp: Middleware = {
  onRequest({ request }) {
    request.headers.set('X-Requested-With', 'portal');
    return request;
  },
};

/** A client for the gateway at `baseUrl` ('' = same origin) with the problem middleware; `fetch` for tests. */
export function createApiClient(baseUrl: string, fetch?: typeof globalThis.fetch) {
  const client = createClient<paths>({ baseUrl, credentials: 'include', ...(fetch ? { fetch } : {}) });
  client.use(sameApp, problems);
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The client. Feature code calls literal paths (`api.GET('/admin/account')`) and branches on `{ data, error }`. */
export const api = createApiClient('');
