// The access-control matrix: every operation of openapi/gateway.yaml × every kind of caller, each with the other
// customer's (or, for the admin, the other store's) ids in the path and body, must get the answer written in
// access-matrix.ts — which fails the test for any operation it does not list. Refusals are problem+json and change
// nothing stored; no answer to a buyer carries the other customer's data; and a caller without a live session
// gets 401 even for input the validator would refuse (authentication comes first).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_BASE, problems } from '../src/http/problems.ts';
import { CALLERS, type Caller, type Expected, MATRIX } from './access-matrix.ts';
import { buildWorld, type World } from './access-world.ts';
import { hostileRequests, targetOf } from './hostile-inputs.ts';
import { PASSWORD } from './portal-fixtures.ts';
import { type Operation, operations, type Schema, sampleOf } from './spec-operations.ts';
import { changedTables, fingerprint, settled } from './store-fingerprint.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
}, 60_000);
afterAll(() => world?.portal.close());

interface Request {
  method: string;
  target: string;
  token?: string;
  contentType?: string;
  body?: string;
}
interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function send({ method, target, token, contentType, body }: Request): Promise<Answer> {
  const response = await fetch(world.portal.gw.url + target, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
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
interface Holding {
  token?: string;
  ids: Record<string, string>;
  values: Record<string, unknown>;
  /** Strings of the other customer that no answer to this caller may contain. */
  never: string[];
}

function holdingOf(caller: Caller): Holding {
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
  };
  const target = caller === 'admin' ? a : other;
  const ids = {
    ...shared,
    storeId: caller === 'admin' ? s2 : s1.storeId,
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
    plan: 'premium-plus',
    // setProductStatuses: the ids, not a filter; the invitation template: one that may be saved.
    filter: undefined,
    subject: 'Your access',
    body: 'Accept here: {Accept Link}',
  };
  // The admin's answers about S2 carry nothing of S1 (S2's own first sync runs last, see isLate).
  const never =
    caller === 'admin'
      ? [
          a.orderId,
          a.orderNumber,
          a.customerGuid,
          a.code,
          s1.runId,
          s1.messageId,
          s1.catalogueId,
          s1.categoryId,
        ]
      : [other.code, other.email, other.orderNumber, other.customerGuid, other.standingOrderId];
  const own = caller === 'admin' ? [] : Object.values(mine);
  return { token, ids, values, never: never.filter((s) => s && !own.includes(s)) };
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

function requestFor(op: Operation, holding: Holding): Request {
  const base = { method: op.method, target: targetOf(op, holding.ids), token: holding.token };
  if (!op.body) return base;
  if (op.body.contentType === 'text/csv')
    return { ...base, contentType: 'text/csv', body: `code,quantity\n${holding.values.code},1\n` };
  const body = withValues(sampleOf(op.body.schema as Schema, world.portal.gw.mock.url), holding.values);
  return { ...base, contentType: 'application/json', body: JSON.stringify(body) };
}

const matches = (expected: Expected, status: number) =>
  expected === 'ok' ? status >= 200 && status < 300 : status === expected;

/** What is wrong with an answer (undefined when nothing is). */
function fault(
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

interface Cell {
  op: Operation;
  caller: Caller;
  expected: Expected;
}

const endsSession = (cell: Cell) => cell.op.path.endsWith('/logout');
/** Allowed calls that change what later ones find: S2's first sync, deletions, then sign-outs (the admin's last). */
const isLate = (cell: Cell) => cell.op.id === 'startSync' || cell.op.method === 'DELETE' || endsSession(cell);
const lateOrder = (cell: Cell) =>
  (endsSession(cell) ? 1 : 0) + (endsSession(cell) && cell.caller === 'admin' ? 1 : 0);
const signsIn = (op: Operation) => op.path.endsWith('/login');
/** Operations whose refusals are sent between two looks at the store (a change names all of them). */
const OPS_PER_COMPARISON = 4;

/** The carts and catalogues of both buyers hold nothing of the product only the other customer may see. */
async function productsStayed(found: string[]): Promise<void> {
  const { a, b } = world;
  for (const [mine, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const path of ['/store/cart', '/store/products?pageSize=200']) {
      const answer = await send({ method: 'GET', target: path, token: mine.token });
      if (answer.text.includes(other.onlyProduct.guid))
        found.push(`${mine.code} GET ${path}: holds ${other.onlyProduct.code}, only for ${other.code}`);
    }
  }
}

/** Bulk operations answer 200 with one outcome per id: every id of the other store must be refused. */
function bulkFault(op: Operation, answer: Answer): string | undefined {
  if (!['inviteContacts', 'invitePrimaryContacts'].includes(op.id) || answer.status !== 200) return undefined;
  const { items } = JSON.parse(answer.text) as { items: { outcome: string }[] };
  return items.length > 0 && items.every((item) => item.outcome === 'refused')
    ? undefined
    : `not every id was refused: ${answer.text.slice(0, 160)}`;
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], work: (item: T) => Promise<void>, width = 6): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await work(items[i] as T);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

describe('the access-control matrix', () => {
  it('lists every operation of the spec, with one expected answer per kind of caller', () => {
    const ids = operations().map((op) => op.id);
    expect(ids.filter((id) => !(id in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((id) => !ids.includes(id))).toEqual([]);
    for (const [id, row] of Object.entries(MATRIX)) expect([id, row.length]).toEqual([id, CALLERS.length]);
  });

  it('when a caller without a live session sends input the validator would refuse, then the answer is 401, and a caller of the other audience gets 403 — nothing about the schema', async () => {
    const holdings = { signedOut: holdingOf('signedOut'), expired: holdingOf('expired') };
    const cross = { admin: holdingOf('buyerA'), buyer: holdingOf('admin') };
    const wanted = new Set([
      'malformed JSON',
      'unknown query parameter',
      '5,000-deep body',
      'JSON instead of CSV',
    ]);
    const found: string[] = [];
    const cases = operations()
      .filter((op) => op.audience !== 'public')
      .flatMap((op) => {
        const hostile = hostileRequests(
          op,
          { ids: holdings.signedOut.ids, uri: world.portal.gw.mock.url },
          op.id,
          1,
        );
        const picked = hostile.filter((h) => wanted.has(h.name) || h.name.startsWith('path '));
        return picked.flatMap((h) => [
          { op, h, holding: holdings.signedOut, expected: 401 as const },
          { op, h, holding: holdings.expired, expected: 401 as const },
          { op, h, holding: cross[op.audience as 'admin' | 'buyer'], expected: 403 as const },
        ]);
      });
    await inParallel(cases, async ({ op, h, holding, expected }) => {
      const answer = await send({ ...h, token: holding.token });
      const wrong = fault(expected, answer, { ...holding, never: [] });
      if (wrong) found.push(`${op.method} ${h.target.slice(0, 80)} [${h.name}]: ${wrong}`);
    });
    expect(cases.length).toBeGreaterThan(100);
    expect(found).toEqual([]);
  }, 20_000);

  it('when every kind of caller calls every operation with the other customer’s ids, then each gets the answer in the table, a refusal is problem+json and changes nothing stored, and no answer carries the other customer’s data', async () => {
    const { db } = world.portal.gw;
    const holdings = Object.fromEntries(CALLERS.map((caller) => [caller, holdingOf(caller)])) as Record<
      Caller,
      Holding
    >;
    const ops = operations();
    // An operation missing from the table fails the first test; it is not called here.
    const cells: Cell[] = ops.flatMap((op) =>
      CALLERS.flatMap((caller, column) => {
        const expected = MATRIX[op.id]?.[column];
        return expected === undefined ? [] : [{ op, caller, expected }];
      }),
    );
    const found: string[] = [];
    const seen: Record<string, string[]> = {};
    const check = async (cell: Cell) => {
      const holding = holdings[cell.caller];
      const request = requestFor(cell.op, holding);
      const answer = await send(request);
      seen[cell.op.id] ??= Array(CALLERS.length).fill('-');
      (seen[cell.op.id] as string[])[CALLERS.indexOf(cell.caller)] =
        answer.status < 300 ? "'ok'" : String(answer.status);
      const wrong =
        fault(cell.expected, answer, holding, { ...request, op: cell.op }) ?? bulkFault(cell.op, answer);
      if (wrong) found.push(`${cell.caller} ${cell.op.method} ${cell.op.path}: ${wrong}`);
    };
    let before = await settled(db);
    // Refusals first, a few operations at a time, then the store compared with before them. Sign-ins one by one,
    // each with the throttle cleared: nine failures from one address in a row would be throttled (429).
    const refused = cells.filter((cell) => cell.expected !== 'ok');
    for (let at = 0; at < ops.length; at += OPS_PER_COMPARISON) {
      const batch = ops.slice(at, at + OPS_PER_COMPARISON);
      const due = refused.filter((cell) => batch.includes(cell.op));
      await inParallel(
        due.filter((cell) => !signsIn(cell.op)),
        check,
      );
      for (const cell of due.filter((c) => signsIn(c.op))) {
        await sql`DELETE FROM login_throttle`.execute(db.q);
        await check(cell);
      }
      const after = await fingerprint(db);
      const changed = changedTables(before, after);
      if (changed.length > 0)
        found.push(`a refusal of ${batch.map((op) => op.id).join(' / ')} changed ${changed.join(', ')}`);
      before = after;
    }
    // Then the allowed calls: those that change what others find (S2's first sync, deletions, sign-outs) last.
    const allowed = cells.filter((cell) => cell.expected === 'ok');
    await inParallel(
      allowed.filter((c) => !isLate(c)),
      check,
    );
    await productsStayed(found);
    for (const cell of allowed.filter(isLate).sort((x, y) => lateOrder(x) - lateOrder(y))) await check(cell);
    if (process.env.ACCESS_MATRIX_PRINT)
      console.log(
        Object.entries(seen)
          .map(([id, row]) => `  ${id}: [${row.join(', ')}],`)
          .join('\n'),
      );
    expect(found).toEqual([]);
  }, 45_000);
});
