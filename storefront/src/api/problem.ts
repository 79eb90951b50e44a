// Problems as people read them: one sentence for the whole, and one per field next to the input it concerns.
import type { Problem } from './types.ts';

/** The last segment of the problem's `type` URI (`…/problems/unknown-warehouse` → `unknown-warehouse`). */
export function problemKind(problem: Problem): string {
  return problem.type.slice(problem.type.lastIndexOf('/') + 1);
}

/** One sentence: the gateway's detail when it wrote one, else its title; validation problems point at the fields. */
export function problemSentence(problem: Problem): string {
  if (problem.errors && problem.errors.length > 0)
    return `${sentence(problem.title)} Check the marked fields.`;
  return sentence(problem.detail ?? problem.title);
}

const MESSAGES: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^must be >= (.+)$/, (m) => `Must be at least ${m[1]}`],
  [/^must be <= (.+)$/, (m) => `Must be at most ${m[1]}`],
  [/^must be > (.+)$/, (m) => `Must be more than ${m[1]}`],
  [/^must be < (.+)$/, (m) => `Must be less than ${m[1]}`],
  [/^must match format "email"$/, () => 'Enter an email address'],
  [/^must be integer$/, () => 'Must be a whole number'],
  [/^must NOT have fewer than 1 (items|characters)$/, () => 'Required'],
  [/^must have required property '(.+)'$/, () => 'Required'],
];

/** A validator message made readable (`must be <= 1` → `Must be at most 1.`). */
export function humanFieldMessage(message: string): string {
  for (const [pattern, render] of MESSAGES) {
    const match = message.match(pattern);
    if (match) return sentence(render(match));
  }
  return sentence(message);
}

/**
 * The problem's field errors keyed by top-level field (`warehouseCodes.0` → `warehouseCodes`), each a sentence,
 * plus `extra`: business problems that concern a field without naming it (e.g. unknown-warehouse → the codes).
 */
export function fieldErrors(problem: Problem | undefined, extra: Record<string, string[]> = {}) {
  const byField: Record<string, string> = {};
  if (!problem) return byField;
  for (const error of problem.errors ?? []) {
    const field = error.field.split('.')[0] ?? error.field;
    byField[field] ??= humanFieldMessage(error.message);
  }
  for (const field of extra[problemKind(problem)] ?? []) byField[field] ??= problemSentence(problem);
  return byField;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  // An email address opening the sentence keeps its case ("ann@x.example is already used…").
  const capital = /^\S+@/.test(trimmed) ? trimmed : trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
