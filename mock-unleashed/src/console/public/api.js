// The console's only ways to reach the mock: Unleashed calls through the console's signing proxy, and the
// unsigned QA control API. Both throw ApiError with Unleashed's own messages when the answer is not 2xx.

/** A refused call; the message joins Unleashed's descriptions into one readable line. */
export class ApiError extends Error {
  constructor(status, body) {
    super(`${status}: ${describe(body)}`);
    this.status = status;
    this.body = body;
  }
}

function describe(body) {
  if (Array.isArray(body?.Items))
    return body.Items.map((item) => `${item.Field}: ${item.Description}`).join(' ');
  if (typeof body?.Description === 'string') return body.Description;
  return 'the mock gave no reason.';
}

async function send(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) {
    window.location.assign('/__console/login');
  }
  const text = await response.text();
  let parsed;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = { Description: text };
  }
  if (!response.ok) throw new ApiError(response.status, parsed);
  return parsed;
}

/**
 * An Unleashed call as the account (e.g. `GET /SalesOrders/1?pageSize=20`), signed by the console server.
 * Announces 'console:called' when it has an answer, so the call log shows it at once.
 */
export async function unleashed(method, path, body) {
  try {
    return await send(method, `/__console/api${path}`, body);
  } finally {
    window.dispatchEvent(new Event('console:called'));
  }
}

/** A QA control call, e.g. `control('POST', '/faults', {...})` for POST /__control/faults. */
export function control(method, path, body) {
  return send(method, `/__control${path}`, body);
}

/** `?a=1&b=2` from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
