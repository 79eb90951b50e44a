// Loose Pact matchers for the gateway's JSON: ISO date-times, values that may be null, ids a provider state
// hands over, and RFC 9457 problems named by the slug the storefront branches on.
import { MatchersV3 } from '@pact-foundation/pact';
import { orNull } from '../gateway-unleashed/matchers.ts';
import { EXAMPLES, type ExampleName } from './contract.ts';

const { like, regex, integer, fromProviderState } = MatchersV3;

export { textOrNull } from '../gateway-unleashed/matchers.ts';
export { orNull };

/** An ISO 8601 date-time as the gateway writes it (`toISOString`). */
export const isoDateTime = (example = '2026-11-01T09:00:00.000Z') =>
  regex('^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$', example);

/** An ISO date-time, or null. */
export const isoDateTimeOrNull = (example: string | null) =>
  orNull('\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2})', example);

/** One of a closed set of words (an enum in the spec). */
export const oneOf = (values: string[], example: string) => regex(`^(${values.join('|')})$`, example);

/** A value a provider state hands over (an id, a token), with the consumer's example. */
export const fromState = (name: ExampleName) => fromProviderState(`\${${name}}`, EXAMPLES[name]);

/** A path in the spec's own form naming provider-state values (`/admin/stores/{storeId}/sync`). */
export function at(template: string) {
  if (!template.includes('{')) return template;
  const expression = template.replace(/\{(\w+)\}/g, (_, name: string) => `\${${name}}`);
  const example = template.replace(/\{(\w+)\}/g, (_, name: string) => EXAMPLES[name as ExampleName]);
  return fromProviderState(expression, example);
}

export const JSON_TYPE = regex('^application/json.*$', 'application/json; charset=utf-8');
export const PROBLEM_TYPE = regex(
  '^application/problem\\+json.*$',
  'application/problem+json; charset=utf-8',
);

/** A problem+json body whose `type` ends in `slug`, without a detail sentence (the UI then shows the title). */
export const bareProblem = (slug: string, status: number) => ({
  type: regex(`^.*/problems/${slug}$`, `https://b2b-portal.example/problems/${slug}`),
  title: like('What went wrong, in one line'),
  status,
});

/** A problem+json body with its detail sentence; `extra` adds members (`retryAfterSeconds`, `heldBy`…). */
export function problem(slug: string, status: number, extra: Record<string, unknown> = {}) {
  return { ...bareProblem(slug, status), detail: like('What went wrong, in a sentence.'), ...extra };
}

/** validation-failed with one field error per field named. */
export function validationProblem(field: string) {
  return {
    ...problem('validation-failed', 400),
    errors: MatchersV3.eachLike({ field: regex(`^${field}(\\.|$)`, field), message: like('must be >= 1') }),
  };
}

export { integer, like };
