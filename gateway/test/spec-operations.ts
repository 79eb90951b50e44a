// Every operation of openapi/gateway.yaml as the tests that walk the whole API need it: method, path, who may call
// it (from `security` and the /admin or /store prefix), its parameters and request body, and a request that
// passes the spec's own validation, made from the schemas (first enum value, minimum, shortest allowed string).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema objects read key by key
export type Schema = Record<string, any>;

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  id: string;
  method: string;
  path: string;
  /** Who the operation is for: signed-out callers of `admin` and `buyer` operations get 401. */
  audience: 'public' | 'admin' | 'buyer';
  parameters: Parameter[];
  body?: { contentType: string; schema: Schema; required: boolean };
}

export const spec: Schema = parseYaml(
  readFileSync(resolve(import.meta.dirname, '../../openapi/gateway.yaml'), 'utf8'),
);

/** The schema a `$ref` points at (followed until it is not a reference). */
export function deref(schema: Schema | undefined): Schema {
  let found = schema ?? {};
  while (typeof found.$ref === 'string')
    found = found.$ref
      .split('/')
      .slice(1)
      .reduce((node: Schema, key: string) => node[key], spec);
  return found;
}

/** One schema for an allOf (properties and required merged); other schemas as they are. */
export function flatten(schema: Schema | undefined): Schema {
  const found = deref(schema);
  if (!found.allOf) return found;
  const { allOf, ...rest } = found;
  const parts = (allOf as Schema[]).map(flatten);
  return {
    ...rest,
    type: 'object',
    properties: Object.assign({}, ...parts.map((p) => p.properties ?? {}), found.properties ?? {}),
    required: [...new Set(parts.flatMap((p) => p.required ?? []).concat(found.required ?? []))],
  };
}

const typesOf = (schema: Schema): string[] => [].concat(schema.type ?? []);

/**
 * A value the schema accepts: the first enum value, the spec's first example, the minimum, the shortest string of the right format; `uri`
 * for URLs (point it at a loopback server: the sample may be sent on, e.g. as an Unleashed base URL).
 */
export function sampleOf(schema: Schema | undefined, uri = 'http://127.0.0.1:9'): unknown {
  const s = flatten(schema);
  if (s.oneOf || s.anyOf) return sampleOf((s.oneOf ?? s.anyOf)[0], uri);
  if (s.enum) return s.enum[0];
  if (s.const !== undefined) return s.const;
  // A pattern the shortest string cannot meet (a colour) names an example in the spec.
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  const type = typesOf(s).find((t) => t !== 'null') ?? (s.properties ? 'object' : 'string');
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, Schema>))
      if (!deref(property).readOnly) out[name] = sampleOf(property, uri);
    return out;
  }
  if (type === 'array')
    return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sampleOf(s.items, uri));
  if (type === 'integer' || type === 'number') return s.minimum ?? (s.exclusiveMinimum ?? 0) + 1;
  if (type === 'boolean') return true;
  if (s.format === 'date') return new Date(Date.now() + 86_400_000 * 7).toISOString().slice(0, 10);
  if (s.format === 'date-time') return new Date().toISOString();
  if (s.format === 'email') return 'probe@buyer.example';
  if (s.format === 'uri') return uri;
  return 'x'.repeat(Math.max(1, s.minLength ?? 1));
}

function audienceOf(path: string, security: unknown[] | undefined): Operation['audience'] {
  if ((security ?? spec.security ?? []).length === 0) return 'public';
  return path.startsWith('/admin') ? 'admin' : 'buyer';
}

/** Every operation in the spec, in spec order. */
export function operations(): Operation[] {
  const found: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths as Record<string, Schema>)) {
    const shared: Schema[] = item.parameters ?? [];
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const parameters = [...shared, ...(op.parameters ?? [])].map(deref).map((p) => ({
        name: p.name as string,
        in: p.in,
        required: Boolean(p.required),
        schema: deref(p.schema),
      }));
      const requestBody = op.requestBody && deref(op.requestBody);
      const [contentType, media] =
        Object.entries((requestBody?.content ?? {}) as Record<string, Schema>)[0] ?? [];
      found.push({
        id: op.operationId ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        audience: audienceOf(path, op.security),
        parameters,
        body:
          contentType && media
            ? { contentType, schema: deref(media.schema), required: Boolean(requestBody.required) }
            : undefined,
      });
    }
  }
  return found;
}
