// Every operation of openapi/unleashed.yaml, read from the spec at test time, gets hostile input (the gateway
// suite's generator, gateway/test/hostile-inputs.ts): Unleashed's endpoints signed with the account's key, the
// QA control API as it is called (unsigned). Never a 5xx, never a hang past 5 s, every 4xx in Unleashed's own
// shape (400: Items of Field, Description, ErrorCode; others: Description); and a request the spec accepts,
// sent unsigned to an Unleashed endpoint, is refused (issue 17 item 2, second half).
import { readFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { type HostileRequest, hostileRequests, validRequest } from '../../gateway/test/hostile-inputs.ts';
import type { Operation, Schema } from '../../gateway/test/spec-operations.ts';
import { signQuery } from '../src/auth.ts';
import { type RunningMock, startMock, TEST_API_ID, TEST_API_KEY } from './harness.ts';

const CONCURRENCY = 4;
// Sampled field and parameter cases per operation (the body attacks are always sent): shorter than the gateway's.
const FIELD_CASES = 2;
const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const spec: Schema = parseYaml(
  readFileSync(resolve(import.meta.dirname, '../../openapi/unleashed.yaml'), 'utf8'),
);

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  agent.destroy();
  await mock.close();
});

/** The spec with every `$ref` replaced by what it points at (a reference back into itself is left empty). */
function inlined(node: unknown, seen: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => inlined(item, seen));
  if (node === null || typeof node !== 'object') return node;
  const ref = (node as Schema).$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) return {};
    const target = ref
      .split('/')
      .slice(1)
      .reduce((at: Schema, key: string) => at[key], spec);
    return inlined(target, [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inlined(value, seen)]));
}

interface MockOperation extends Operation {
  signed: boolean;
}

/** Every operation of the mock's spec, with its schemas inlined, and whether it needs a signature. */
function mockOperations(): MockOperation[] {
  const paths = inlined(spec.paths) as Record<string, Schema>;
  const found: MockOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])]
        .filter((p: Schema) => p.in === 'path' || p.in === 'query')
        .map((p: Schema) => ({
          name: p.name,
          in: p.in,
          required: Boolean(p.required),
          schema: p.schema ?? {},
        }));
      const [contentType, media] =
        Object.entries((op.requestBody?.content ?? {}) as Record<string, Schema>)[0] ?? [];
      found.push({
        id: op.operationId ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        audience: 'public',
        parameters,
        signed: (op.security ?? spec.security ?? []).length > 0,
        body:
          contentType && media
            ? { contentType, schema: media.schema ?? {}, required: Boolean(op.requestBody.required) }
            : undefined,
      });
    }
  }
  return found;
}

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

function send(hostile: HostileRequest, signed: boolean): Promise<Answer> {
  const url = new URL(mock.url);
  const at = hostile.target.indexOf('?');
  const query = at === -1 ? '' : hostile.target.slice(at + 1);
  return new Promise((done, fail) => {
    const req = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: hostile.method,
        path: hostile.target,
        headers: {
          Accept: 'application/json',
          ...(signed
            ? { 'api-auth-id': TEST_API_ID, 'api-auth-signature': signQuery(TEST_API_KEY, query) }
            : {}),
          ...(hostile.contentType ? { 'Content-Type': hostile.contentType } : {}),
          ...(hostile.body === undefined ? {} : { 'Content-Length': Buffer.byteLength(hostile.body) }),
        },
        timeout: 5_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 5 s')));
    req.on('error', fail);
    req.end(hostile.body);
  });
}

/** What is wrong with an answer (undefined when nothing is): a 5xx, or a 4xx not in Unleashed's shape. */
function fault(answer: Answer): string | undefined {
  if (answer.status >= 500) return `answered ${answer.status}: ${answer.body.slice(0, 200)}`;
  if (answer.status < 400) return undefined;
  if (!answer.contentType.startsWith('application/json')) return `${answer.status} as ${answer.contentType}`;
  const body = JSON.parse(answer.body) as { Items?: Schema[]; Description?: unknown };
  if (answer.status === 400)
    return Array.isArray(body.Items) &&
      body.Items.length > 0 &&
      body.Items.every((item) => typeof item.Field === 'string' && typeof item.Description === 'string')
      ? undefined
      : `400 not as { Items: [{ Field, Description }] }: ${answer.body.slice(0, 200)}`;
  return typeof body.Description === 'string'
    ? undefined
    : `${answer.status} not as { Description }: ${answer.body.slice(0, 200)}`;
}

interface Case {
  op: MockOperation;
  hostile: HostileRequest;
  signed: boolean;
  /** Statuses a request must get (the signature check); hostile ones only need a clean 4xx. */
  expect?: number[];
}

async function run(cases: Case[]): Promise<string[]> {
  const found: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const { op, hostile, signed, expect: wanted } = cases[next++] as Case;
      const label = `${signed ? 'signed' : 'unsigned'} ${op.method} ${op.path} [${hostile.name}]`;
      try {
        const answer = await send(hostile, signed);
        const wrong =
          fault(answer) ??
          (signed && /api-auth/.test(answer.body) ? `signature refused: ${answer.body}` : undefined) ??
          (wanted && !wanted.includes(answer.status)
            ? `answered ${answer.status}, not ${wanted.join(' or ')}`
            : undefined);
        if (wrong) found.push(`${label}: ${wrong}`);
      } catch (error) {
        found.push(`${label}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return found;
}

/** Each number field of the body at ±1e308, alone and in the sample (a clock moved by 1e308 ms used to answer 500). */
function hugeNumbers(
  op: MockOperation,
  context: { ids: Record<string, string>; uri: string },
): HostileRequest[] {
  const valid = validRequest(op, context);
  if (valid.contentType !== 'application/json' || !valid.body) return [];
  const sample = JSON.parse(valid.body) as Record<string, unknown>;
  const properties = Object.entries((op.body?.schema.properties ?? {}) as Record<string, Schema>);
  return properties
    .filter(([, property]) => [property.type].flat().some((type) => type === 'integer' || type === 'number'))
    .flatMap(([name]) =>
      ['1e308', '-1e308'].flatMap((huge) => [
        { ...valid, name: `${name} ${huge}`, body: `{"${name}":${huge}}` },
        {
          ...valid,
          name: `${name} ${huge} in the sample`,
          body: JSON.stringify({ ...sample, [name]: 'HUGE' }).replace('"HUGE"', huge),
        },
      ]),
    );
}

/** Undoes what the control cases may have switched on (a usage limit, a fault, a moved clock). */
async function calmDown(): Promise<void> {
  await mock.control('PUT', '/__control/limits', { monthlyQuota: null, rateLimitPerMinute: null });
  await mock.control('DELETE', '/__control/faults');
  await mock.control('DELETE', '/__control/webhooks/faults');
  await mock.control('POST', '/__control/clock', { release: true });
}

describe('hostile input to every operation of the Unleashed spec, against the mock', () => {
  it('when any operation gets hostile input, then the mock never answers 5xx or hangs, every 4xx is in Unleashed’s shape, and an unsigned call is refused', async () => {
    const all = mockOperations();
    expect(all.length).toBeGreaterThan(40);
    const context = { ids: {}, uri: 'http://127.0.0.1:9' };
    const casesFor = (op: MockOperation): Case[] => [
      ...[...hostileRequests(op, context, op.id, FIELD_CASES), ...hugeNumbers(op, context)].map(
        (hostile) => ({
          op,
          hostile,
          signed: op.signed,
        }),
      ),
      ...(op.signed ? [{ op, hostile: validRequest(op, context), signed: false, expect: [401, 403] }] : []),
    ];
    // Unleashed's endpoints first: the control cases may switch on a quota or a fault meant for them.
    const found = [
      ...(await run(all.filter((op) => op.signed).flatMap(casesFor))),
      ...(await run(all.filter((op) => !op.signed).flatMap(casesFor))),
    ];
    await calmDown();
    expect(found).toEqual([]);
  }, 120_000);
});
