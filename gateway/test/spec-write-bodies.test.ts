// Every request body in openapi/gateway.yaml is closed and bounded, so the validator refuses what no handler
// expects before it can be stored: unknown properties (additionalProperties, or unevaluatedProperties over an
// allOf), strings without maxLength, arrays without maxItems. A new endpoint is checked without a new test.
import { describe, expect, it } from 'vitest';
import { deref, flatten, operations, type Schema } from './spec-operations.ts';

/** Strings whose format already bounds their length. */
const BOUNDED_FORMATS = new Set(['date', 'date-time', 'uuid']);

function openings(schema: Schema, where: string, found: string[], closedByParent = false): string[] {
  const s = deref(schema);
  for (const variant of s.oneOf ?? s.anyOf ?? []) openings(variant, where, found);
  const types: string[] = [].concat(s.type ?? []);
  if (s.allOf) {
    if (s.unevaluatedProperties !== false) found.push(`${where}: allOf without unevaluatedProperties: false`);
    openings(flatten(s), where, found, true);
    return found;
  }
  if (types.includes('object') || s.properties) {
    if (!closedByParent && s.additionalProperties !== false && s.unevaluatedProperties !== false)
      found.push(`${where}: takes unknown properties`);
    for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, Schema>))
      openings(property, `${where}.${name}`, found);
  }
  if (types.includes('string') && s.maxLength === undefined && !s.enum && !BOUNDED_FORMATS.has(s.format))
    found.push(`${where}: string without maxLength`);
  if (types.includes('array')) {
    if (s.maxItems === undefined) found.push(`${where}: array without maxItems`);
    openings(s.items ?? {}, `${where}[]`, found);
  }
  return found;
}

describe('the request bodies of the gateway spec', () => {
  it('when any operation takes a body, then it refuses unknown properties and bounds every string and array', () => {
    const bodies = operations().filter((op) => op.body);
    expect(bodies.length).toBeGreaterThan(20);
    const found = bodies.flatMap((op) =>
      openings(op.body?.schema ?? {}, `${op.method} ${op.path} (${op.body?.contentType})`, []),
    );
    expect(found).toEqual([]);
  });
});
