// Hostile requests for one operation, made from its spec: malformed JSON, a wrong content type, a 5,000-deep
// body, unknown and prototype-polluting keys, a 200 KB string or unicode with NUL in each string field, wrong
// types, missing fields, and hostile path ids and query values. A seeded pick keeps the set per operation small
// and the same on every run.
import { flatten, type Operation, type Schema, sampleOf } from './spec-operations.ts';

export interface HostileRequest {
  name: string;
  method: string;
  /** The raw request target, sent as it is (not normalised). */
  target: string;
  contentType?: string;
  body?: string;
}

export const PLACEHOLDER_ID = '00000000-0000-4000-8000-000000000000';
const HUGE = 'x'.repeat(200_000);
const UNICODE = 'ü\u202e😀\u0000\u0007<script>';
const DEEP = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
const HOSTILE_IDS = ['..', '..%2F..%2Fadmin%2Fme', 'a'.repeat(5_000), '%C3%BC%F0%9F%98%80%00', '%25', 'null'];
const HOSTILE_QUERY = ['1e400', '-1', 'x'.repeat(5_000), '%F0%9F%98%80%00', 'NaN', '[]'];

/** A deterministic pseudo-random sequence for a string seed (mulberry32 over a string hash). */
export function seeded(seed: string): () => number {
  let state = [...seed].reduce(
    (hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16_777_619),
    2_166_136_261,
  );
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(items: T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}

const wrongTypeFor = (schema: Schema): unknown => {
  const type: string =
    ([] as string[]).concat(flatten(schema).type ?? 'object').find((t) => t !== 'null') ?? '';
  const wrong: Record<string, unknown> = {
    string: 12_345,
    integer: 'twelve',
    number: 'twelve',
    boolean: 'yes',
  };
  return wrong[type] ?? (type === 'array' ? { a: 1 } : [1]);
};

/** Real values for the requests: path ids by name (others get a placeholder) and the URL samples use. */
export interface RequestContext {
  ids: Record<string, string>;
  uri: string;
}

/** The target with path parameters filled (`ids` by name, else a placeholder). */
export function targetOf(op: Operation, ids: Record<string, string>): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? PLACEHOLDER_ID);
}

/** A request the spec accepts (the sample body), for the access checks. */
export function validRequest(op: Operation, { ids, uri }: RequestContext): HostileRequest {
  const base = { name: 'valid', method: op.method, target: targetOf(op, ids) };
  if (!op.body) return base;
  if (op.body.contentType === 'text/csv')
    return { ...base, contentType: 'text/csv', body: 'code,quantity\nX,1\n' };
  return { ...base, contentType: 'application/json', body: JSON.stringify(sampleOf(op.body.schema, uri)) };
}

/** The hostile requests for `op`, sampled with `seed`: the body attacks always, `fieldCount` of the rest. */
export function hostileRequests(
  op: Operation,
  { ids, uri }: RequestContext,
  seed: string,
  fieldCount = 5,
): HostileRequest[] {
  const random = seeded(seed);
  const target = targetOf(op, ids);
  const request = (name: string, body?: string, contentType = 'application/json', to = target) => ({
    name,
    method: op.method,
    target: to,
    contentType: body === undefined ? undefined : contentType,
    body,
  });
  const always: HostileRequest[] = [
    request('unknown query parameter', undefined, undefined, `${target}?__proto__[isAdmin]=1&zzz=1`),
  ];
  const sampled: HostileRequest[] = [];
  for (const param of op.parameters) {
    const values = param.in === 'path' ? HOSTILE_IDS : HOSTILE_QUERY;
    for (const value of values)
      sampled.push(
        request(
          `${param.in} ${param.name}=${value.slice(0, 20)}`,
          undefined,
          undefined,
          param.in === 'path'
            ? targetOf(op, { ...ids, [param.name]: value })
            : `${target}?${param.name}=${value}`,
        ),
      );
  }
  if (!op.body) {
    // Only where it cannot start anything: a POST without a body is an action (a sync, an invitation, a sign-out).
    if (op.method !== 'POST') always.push(request('unexpected body', '{"a":1}'));
    return [...always, ...pick(sampled, fieldCount, random)];
  }
  if (op.body.contentType === 'text/csv') {
    always.push(request('JSON instead of CSV', '{"code":"X"}'));
    always.push(request('huge CSV cell', `code,quantity\n${HUGE},1\n`, 'text/csv'));
    always.push(request('unicode and NUL in CSV', `code,quantity\n${UNICODE},1e400\n`, 'text/csv'));
    return [...always, ...pick(sampled, fieldCount, random)];
  }
  const sample = sampleOf(op.body.schema, uri) as Record<string, unknown>;
  const json = (value: unknown) => JSON.stringify(value);
  always.push(
    request('malformed JSON', '{"a":'),
    request('wrong content type', json(sample), 'text/plain'),
    request('form content type', 'a=1&b=2', 'application/x-www-form-urlencoded'),
    request('5,000-deep body', DEEP),
    request('unknown field', json({ ...sample, unknownField: 'x' })),
    request(
      'prototype keys',
      `{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}},${json(sample).slice(1)}`,
    ),
    request('array body', '[]'),
    request('null body', 'null'),
    request('number body', '1e400'),
    request('empty object', '{}'),
  );
  const schema = flatten(op.body.schema);
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  for (const [name, property] of properties) {
    const types = ([] as string[]).concat(flatten(property).type ?? []);
    if (types.includes('string') && !flatten(property).enum) {
      always.push(request(`200 KB ${name}`, json({ ...sample, [name]: HUGE })));
      sampled.push(request(`unicode and NUL in ${name}`, json({ ...sample, [name]: UNICODE })));
    }
    for (const [inner, innerSchema] of Object.entries(
      (flatten(property).properties ?? {}) as Record<string, Schema>,
    ))
      if (
        ([] as string[]).concat(flatten(innerSchema).type ?? []).includes('string') &&
        !flatten(innerSchema).enum
      )
        always.push(
          request(
            `200 KB ${name}.${inner}`,
            json({ ...sample, [name]: { ...(sample[name] as object), [inner]: HUGE } }),
          ),
        );
    sampled.push(request(`wrong type of ${name}`, json({ ...sample, [name]: wrongTypeFor(property) })));
    if ((schema.required ?? []).includes(name)) {
      const { [name]: _missing, ...rest } = sample;
      sampled.push(request(`missing ${name}`, json(rest)));
    }
  }
  return [...always, ...pick(sampled, fieldCount, random)];
}
