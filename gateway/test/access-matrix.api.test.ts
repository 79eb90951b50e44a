// The access-control matrix: every operation of openapi/gateway.yaml × every kind of caller, each with the other
// customer's (or, for the admin, the other store's) ids in the path and body, must get the answer written in
// access-matrix.ts — which fails the test for any operation it does not list. Refusals are problem+json and change
// nothing stored; no answer to a buyer carries the other customer's data; and a caller without a live session
// gets 401 even for input the validator would refuse (authentication comes first).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  bulkFault,
  fault,
  type Holding,
  holdingOf as holdingIn,
  type Request,
  requestFor as requestIn,
  send as sendTo,
} from './access-calls.ts';
import { CALLERS, type Caller, type Expected, MATRIX } from './access-matrix.ts';
import { buildWorld, type World } from './access-world.ts';
import { hostileRequests } from './hostile-inputs.ts';
import { type Operation, operations } from './spec-operations.ts';
import { changedTables, fingerprint, settled } from './store-fingerprint.ts';

let world: World;
beforeAll(async () => {
  world = await buildWorld();
}, 90_000);
afterAll(() => world?.portal.close());

const send = (request: Request): Promise<Answer> => sendTo(world.portal.gw.url, request);
const holdingOf = (caller: Caller): Holding => holdingIn(world, caller);
/** What the caller holds for this operation (the cookie pair is the admin on admin operations). */
const holdingFor = (holding: Holding, op: Operation): Holding =>
  (op.audience === 'admin' ? holding.onAdminOperations : undefined) ?? holding;
const requestFor = (op: Operation, holding: Holding): Request => requestIn(world, op, holding);

interface Cell {
  op: Operation;
  caller: Caller;
  expected: Expected;
}

const endsSession = (cell: Cell) => cell.op.path.endsWith('/logout');
/** Allowed calls that change what later ones find: S2's first sync, deletions, then sign-outs (the admin's last). */
const isLate = (cell: Cell) => cell.op.id === 'startSync' || cell.op.method === 'DELETE' || endsSession(cell);
// An admin's sign-out after every buyer one: it also ends that admin's acting session (the cookie pair's).
const lateOrder = (cell: Cell) => (endsSession(cell) ? 1 : 0) + (cell.op.id === 'adminLogout' ? 1 : 0);
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

/** Waits until no sync of the store runs. */
async function syncEnded(storeId: string): Promise<void> {
  const target = `/admin/stores/${storeId}/sync`;
  for (let i = 0; i < 600; i++) {
    const answer = await send({ method: 'GET', target, token: world.admin });
    if (!(JSON.parse(answer.text) as { running?: unknown }).running) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the sync of ${storeId} did not end`);
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

  it('when a caller without a live session sends input the validator would refuse, then the answer is 401, and a caller of the other audience gets 403 — nothing about the schema, nothing stored', async () => {
    const before = await settled(world.portal.gw.db);
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
    expect(changedTables(before, await fingerprint(world.portal.gw.db))).toEqual([]);
  }, 120_000);

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
      const holding = holdingFor(holdings[cell.caller], cell.op);
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
    for (const cell of allowed.filter(isLate).sort((x, y) => lateOrder(x) - lateOrder(y))) {
      // Two admins start S2's first sync (the admin, and the colleague by cookie): the second once the first ended.
      if (cell.op.id === 'startSync') await syncEnded(world.s2);
      await check(cell);
    }
    if (process.env.ACCESS_MATRIX_PRINT)
      console.log(
        Object.entries(seen)
          .map(([id, row]) => `  ${id}: [${row.join(', ')}],`)
          .join('\n'),
      );
    expect(found).toEqual([]);
  }, 180_000);
});
