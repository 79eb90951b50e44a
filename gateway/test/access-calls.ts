// How each kind of caller of the access-control matrix calls an operation: what it holds (token, the other
// customer's ids, body values), the request it sends, and what is wrong with an answer it gets.
import { CSRF_HEADER } from '../src/http/cross-origin.ts';
import { PROBLEM_BASE, problems } from '../src/http/problems.ts';
import type { Caller, Expected } from './access-matrix.ts';
import type { World } from './access-world.ts';
import { targetOf } from './hostile-inputs.ts';
import { PASSWORD } from './portal-fixtures.ts';
import { type Operation, type Schema, sampleOf } from './spec-operations.ts';

export interface Request {
  method: string;
  target: string;
  token?: string;
  /** A Cookie header, sent with the CSRF header the gateway wants on cookie-signed changes. */
  cookie?: string;
  contentType?: string;
  body?: string;
}
export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

/** Sends a request to the gateway as it is, with a 5 s limit. */
export async function send(
  gatewayUrl: string,
  { method, target, token, cookie, contentType, body }: Request,
): Promise<Answer> {
  const response = await fetch(gatewayUrl + target, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(cookie ? { Cookie: cookie, [CSRF_HEADER]: 'access-matrix' } : {}),
      ...(contentType ? { 'Content-Type': contentType } : {}),
    },
    body,
    signal: AbortSignal.timeout(5_000),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  };
}

/** What a caller holds: its token, the ids it sends (by parameter or property name), and what it must never see. */
export interface Holding {
  token?: string;
  cookie?: string;
  ids: Record<string, string>;
  values: Record<string, unknown>;
  /** Strings of the other customer that no answer to this caller may contain. */
  never: string[];
  /** What it holds on admin operations, when that differs (the cookie pair: the admin cookie is read first). */
  onAdminOperations?: Holding;
}

export function holdingOf(world: World, caller: Caller): Holding {
  const { a, b, s1, s2 } = world;
  // A's callers (and those without a live session) aim at B's data, B's buyer at A's; the admin at S1's data
  // through the path of S2.
  const mine = caller === 'buyerB' ? b : a;
  const other = caller === 'buyerB' ? a : b;
  const shared = {
    runId: s1.runId,
    messageId: s1.messageId,
    catalogueId: s1.catalogueId,
    categoryId: s1.categoryId,
    sessionId: world.acting.id,
    // Every store has every email template: the invitation's, whose sample body below may be saved.
    template: 'invitation',
  };
  const target = caller === 'admin' ? a : other;
  const ids = {
    ...shared,
    storeId: caller === 'admin' ? s2 : s1.storeId,
    slug: s1.slug,
    orderId: target.orderId,
    standingOrderId: target.standingOrderId,
    productGuid: target.onlyProduct.guid,
    productCode: target.onlyProduct.code,
    customerGuid: target.customerGuid,
    contactGuid: target.contactGuid,
  };
  const token = {
    admin: world.admin,
    buyerA: a.token,
    buyerB: b.token,
    actingA: world.acting.token,
    actingCookiesA: undefined,
    deactivated: world.deactivated.token,
    expired: world.expired,
    usedInvitation: world.invitation.used,
    cancelledInvitation: world.invitation.cancelled,
    signedOut: undefined,
  }[caller];
  const values: Record<string, unknown> = {
    storeId: s1.storeId,
    productGuid: target.onlyProduct.guid,
    productGuids: [target.onlyProduct.guid],
    code: target.onlyProduct.code,
    customerGuid: target.customerGuid,
    customerGuids: [target.customerGuid],
    contactGuids: [target.contactGuid],
    placedForContactGuid: target.contactGuid,
    token: caller === 'cancelledInvitation' ? world.invitation.cancelled : world.invitation.used,
    // Each caller signs in as someone of its own, so the throttle of one email never decides another's answer;
    // the deactivated contact with her real password.
    email: caller === 'deactivated' ? world.deactivated.email : `probe-${caller.toLowerCase()}@buyer.example`,
    password: caller === 'deactivated' ? PASSWORD : 'Wrong2026pass',
    // A sign-in names its store by id (above) or slug, not both.
    storeSlug: undefined,
    plan: 'premium-plus',
    // setProductStatuses: the ids, not a filter; the invitation template: one that may be saved.
    filter: undefined,
    subject: 'Your access',
    body: 'Accept here: {Accept Link}',
  };
  // The admin's answers about S2 carry nothing of S1 (S2's own first sync runs last, see isLate).
  const never =
    caller === 'admin'
      ? [a.orderId, a.customerGuid, a.code, s1.runId, s1.messageId, s1.catalogueId, s1.categoryId]
      : [other.code, other.email, other.orderId, other.customerGuid, other.standingOrderId];
  const own = caller === 'admin' ? [] : Object.values(mine);
  const holding = { token, ids, values, never: never.filter((s) => s && !own.includes(s)) };
  if (caller !== 'actingCookiesA') return holding;
  // The cookie pair on /store is the acting session, as actingA's token; on /admin the colleague's own session
  // (the spec's startActing: admin endpoints read portal_admin_session first), with the admin's ids.
  const cookie = world.actingCookies;
  const asAdmin = holdingOf(world, 'admin');
  // Its own names for what it creates: the admin creates the same in S2 at the same time (names are unique).
  const named = { ...asAdmin.values, name: 'Made by cookie' };
  return { ...holding, cookie, onAdminOperations: { ...asAdmin, values: named, token: undefined, cookie } };
}

/** The sample body with every property the caller holds a value for set to it, at any depth. */
function withValues(value: unknown, values: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((item) => withValues(item, values));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key in values ? values[key] : withValues(inner, values),
    ]),
  );
}

/** The operation's request as this caller sends it: its ids in the path, its values in the sample body. */
export function requestFor(world: World, op: Operation, holding: Holding): Request {
  const base = {
    method: op.method,
    target: targetOf(op, holding.ids),
    token: holding.token,
    cookie: holding.cookie,
  };
  if (!op.body) return base;
  if (op.body.contentType === 'text/csv')
    return { ...base, contentType: 'text/csv', body: `code,quantity\n${holding.values.code},1\n` };
  const body = withValues(sampleOf(op.body.schema as Schema, world.portal.gw.mock.url), holding.values);
  return { ...base, contentType: 'application/json', body: JSON.stringify(body) };
}

const matches = (expected: Expected, status: number) =>
  expected === 'ok' ? status >= 200 && status < 300 : status === expected;

/** What is wrong with an answer (undefined when nothing is). */
export function fault(
  expected: Expected,
  answer: Answer,
  holding: Holding,
  request?: Request & { op?: Operation },
): string | undefined {
  if (!matches(expected, answer.status))
    return `answered ${answer.status}, not ${expected}: ${answer.text.slice(0, 160)}`;
  // What the caller sent may come back (a refusal's `instance` is the path); anything else of the other's may not.
  const sent = `${request?.target ?? ''} ${request?.body ?? ''}`;
  const leaked = holding.never.find((s) => answer.text.includes(s) && !sent.includes(s));
  if (leaked) return `the answer carries the other customer's ${leaked}`;
  if (expected === 'ok') return undefined;
  if (!answer.contentType.startsWith('application/problem+json')) return `a refusal as ${answer.contentType}`;
  const type = String((JSON.parse(answer.text) as { type?: unknown }).type ?? '');
  const slug = type.startsWith(PROBLEM_BASE) ? type.slice(PROBLEM_BASE.length) : '';
  if (!(slug in problems)) return `a refusal with a type not in the catalogue: ${type}`;
  if (request?.op?.audience === 'public' && slug === 'not-signed-in')
    return 'a public operation asked for a session';
  return undefined;
}

/** Bulk operations answer 200 with one outcome per id: every id of the other store must be refused. */
export function bulkFault(op: Operation, answer: Answer): string | undefined {
  if (!['inviteContacts', 'invitePrimaryContacts'].includes(op.id) || answer.status !== 200) return undefined;
  const { items } = JSON.parse(answer.text) as { items: { outcome: string }[] };
  return items.length > 0 && items.every((item) => item.outcome === 'refused')
    ? undefined
    : `not every id was refused: ${answer.text.slice(0, 160)}`;
}
