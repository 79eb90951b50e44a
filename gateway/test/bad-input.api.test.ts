// Every operation of openapi/gateway.yaml, read from the spec at test time (a new endpoint is covered without a
// new test), gets hostile input (hostile-inputs.ts) as an admin, as a buyer and signed out. Never a 5xx, never a
// hang past 5 s, every 4xx a problem+json whose type is in the catalogue; and a request the spec accepts is 401
// signed out and refused to the other audience (an admin on a buyer operation, a buyer on an admin one).
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_BASE, problems } from '../src/http/problems.ts';
import { type HostileRequest, hostileRequests, seeded, validRequest } from './hostile-inputs.ts';
import { PASSWORD, type Portal, startPortal } from './portal-fixtures.ts';
import { type Operation, operations } from './spec-operations.ts';

const DANA = 'dana@demo-wholesale.example';
const CONCURRENCY = 4;
const OTHER_CALLER_SHARE = 0.2;
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

let portal: Portal;
let tokens: { admin: string; buyer: string };
beforeAll(async () => {
  // The cases come as through a local proxy, each naming its own client address (see send).
  portal = await startPortal({ plan: 'premium-plus', trustProxy: ['loopback'] });
  const demo = (await portal.api('GET', '/customers?search=DEMO001')).body.items[0];
  const dana = [...demo.contacts.active, ...demo.contacts.pending, ...demo.contacts.inactive].find(
    (c: { email: string }) => c.email === DANA,
  );
  await portal.signUp(dana.guid, DANA);
  const buyer = await portal.gw.request('POST', '/store/login', {
    body: { storeId: portal.storeId, email: DANA, password: PASSWORD },
  });
  tokens = { admin: portal.admin, buyer: buyer.body.token };
}, 60_000);
afterAll(async () => {
  agent.destroy();
  await portal.close();
});

type Caller = 'admin' | 'buyer' | 'signed-out';
interface Answer {
  status: number;
  contentType: string;
  body: string;
}

let sent = 0;

function send(hostile: HostileRequest, caller: Caller): Promise<Answer> {
  const url = new URL(portal.gw.url);
  const token = caller === 'signed-out' ? undefined : tokens[caller];
  // Each case from its own client address, so the per-address sign-in throttle and rate limits (tested on their
  // own) do not answer 429 before the input is even looked at.
  sent += 1;
  const address = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: hostile.method,
        path: hostile.target,
        headers: {
          'X-Forwarded-For': address,
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(hostile.contentType ? { 'Content-Type': hostile.contentType } : {}),
          ...(hostile.body === undefined ? {} : { 'Content-Length': Buffer.byteLength(hostile.body) }),
        },
        timeout: 5_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', reject);
    req.end(hostile.body);
  });
}

/** The error the gateway logged for a 500 (its body gives the request id as a reference). */
function loggedError(answer: Answer): string {
  const reqId = /Reference: ([\w-]+)/.exec(answer.body)?.[1];
  const line = reqId && portal.gw.logs.find((l) => l.includes(reqId) && l.includes('"err"'));
  return line
    ? String((JSON.parse(line) as { err?: { message?: string } }).err?.message)
    : answer.body.slice(0, 200);
}

/** What is wrong with an answer to a hostile request (undefined when nothing is). */
function fault(answer: Answer): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}: ${loggedError(answer)}`;
  if (answer.status < 400) return undefined;
  if (!answer.contentType.startsWith('application/problem+json'))
    return `${answer.status} as ${answer.contentType}`;
  const type = String((JSON.parse(answer.body) as { type?: unknown }).type ?? '');
  const slug = type.startsWith(PROBLEM_BASE) ? type.slice(PROBLEM_BASE.length) : '';
  return slug in problems ? undefined : `${answer.status} with a type not in the catalogue: ${type}`;
}

interface Case {
  op: Operation;
  caller: Caller;
  hostile: HostileRequest;
  /** Statuses a request the spec accepts must get (the access checks); hostile ones only need a clean 4xx. */
  expect?: number[];
}

function casesFor(op: Operation): Case[] {
  const context = { ids: { storeId: portal.storeId }, uri: portal.gw.mock.url };
  const cases: Case[] = [];
  const own: Caller = op.audience === 'public' ? 'signed-out' : op.audience;
  for (const caller of ['admin', 'buyer', 'signed-out'] as const) {
    const all = hostileRequests(op, context, `${op.id}:${caller}`);
    // The session is looked at before the input (the others get 401 or 403 whatever they send, see
    // access-matrix.api.test.ts): the whole set as the operation's own caller, a sample as the others.
    const random = seeded(`${op.id}:${caller}:sample`);
    const sent = caller === own ? all : all.filter(() => random() < OTHER_CALLER_SHARE);
    for (const hostile of sent) cases.push({ op, caller, hostile });
  }
  if (op.audience !== 'public') {
    const valid = validRequest(op, context);
    cases.push({ op, caller: 'signed-out', hostile: valid, expect: [401] });
    cases.push({
      op,
      caller: op.audience === 'admin' ? 'buyer' : 'admin',
      hostile: valid,
      expect: [401, 403],
    });
  }
  return cases;
}

/** What is wrong with the answer to one case, or undefined; throws when no answer comes within 5 s. */
async function check({ op, caller, hostile, expect: wanted }: Case): Promise<string | undefined> {
  const answer = await send(hostile, caller);
  return (
    fault(answer) ??
    (wanted && !wanted.includes(answer.status)
      ? `answered ${answer.status}, not ${wanted.join(' or ')}`
      : undefined) ??
    (caller === 'signed-out' && op.audience !== 'public' && answer.status < 400
      ? `answered ${answer.status} signed out`
      : undefined)
  );
}

async function run(cases: Case[]): Promise<string[]> {
  const problemsFound: string[] = [];
  const unanswered: Case[] = [];
  const label = ({ op, caller, hostile }: Case) => `${caller} ${op.method} ${op.path} [${hostile.name}]`;
  const checked = async (one: Case, onTimeout: () => void) => {
    try {
      const wrong = await check(one);
      if (wrong) problemsFound.push(`${label(one)}: ${wrong}`);
    } catch (error) {
      if (String(error).includes('no answer within')) onTimeout();
      else problemsFound.push(`${label(one)}: ${(error as Error).message}`);
    }
  };
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const one = cases[next++] as Case;
      await checked(one, () => unanswered.push(one));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // A case unanswered among four at a time on a loaded machine is sent again alone: one that hangs does so again.
  for (const one of unanswered) {
    await checked(one, () => problemsFound.push(`${label(one)}: no answer within 5 s, twice`));
  }
  return problemsFound;
}

describe('hostile input to every operation of the gateway spec', () => {
  it('when any operation gets hostile input as admin, buyer or signed out, then it never answers 5xx or hangs, every 4xx is a catalogued problem+json, and signed out it is 401', async () => {
    const all = operations();
    expect(all.length).toBeGreaterThan(60);
    // Sign-outs last, so that the sessions the other cases use stay alive.
    const endsSession = (op: Operation) => op.path.endsWith('/logout');
    const cases = all.filter((op) => !endsSession(op)).flatMap((op) => casesFor(op));
    const last = all.filter(endsSession).flatMap((op) => casesFor(op));
    const found = [...(await run(cases)), ...(await run(last))];
    expect(found).toEqual([]);
  }, 180_000);
});
