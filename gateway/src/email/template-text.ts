// The part of every email the admin edits (issue 16 item 9, R12): a subject and a plain-text body with
// placeholders in braces, matched ignoring case and extra spaces ({first  name} is {First Name}). Each template
// declares its placeholders, the ones its body must contain, its link placeholders and its default text
// (templates/*.ts); this module validates a draft against that and fills it in. Anything else in braces is
// refused, naming the known placeholders.
import type { components } from '../../../openapi/generated/gateway.d.ts';
import { AppError } from '../http/problems.ts';

/** Subject and body as the admin writes them. */
export type TemplateContent = components['schemas']['EmailTemplateDraft'];

/** What a template lets the admin write. */
export interface EditableText {
  /** Every placeholder, spelled as the admin UI shows them, e.g. `{First Name}`. */
  placeholders: readonly string[];
  /** Placeholders the body must contain, each with why (`so the contact can accept`). */
  required: readonly { placeholder: string; why: string }[];
  /** Link placeholders and the label of the button a paragraph holding only that link becomes. */
  links: Readonly<Record<string, string>>;
  /** What every store starts with, and what reset returns to. */
  defaults: TemplateContent;
}

/** The values placeholders are replaced with (already formatted, not escaped). */
export type PlaceholderValues = Record<string, string>;

export const SUBJECT_MAX_LENGTH = 100;
export const BODY_MAX_LENGTH = 10_000;

const PLACEHOLDER_PATTERN = /\{([^{}\r\n]*)\}/g;
const normalise = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();

/** The known placeholder a `{…}` spelling stands for, or undefined. */
export function placeholderFor(spec: EditableText, inner: string): string | undefined {
  return spec.placeholders.find((p) => normalise(p.slice(1, -1)) === normalise(inner));
}

const used = (spec: EditableText, text: string) =>
  [...text.matchAll(PLACEHOLDER_PATTERN)].map((match) => ({
    written: match[0],
    placeholder: placeholderFor(spec, match[1] ?? ''),
  }));

type FieldProblem = { field: string; message: string };

/** Every problem with a draft, as `{ field, message }` (empty when it is valid). */
export function templateProblems(spec: EditableText, draft: TemplateContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const subject = draft.subject.trim();
  const body = draft.body.trim();
  if (subject === '') problems.push({ field: 'subject', message: 'is required' });
  if (subject.length > SUBJECT_MAX_LENGTH)
    problems.push({ field: 'subject', message: `must be at most 100 characters (it has ${subject.length})` });
  if (/[\r\n]/.test(subject)) problems.push({ field: 'subject', message: 'must be one line' });
  for (const link of new Set(used(spec, subject).map((u) => u.placeholder))) {
    if (link && spec.links[link])
      problems.push({ field: 'subject', message: `cannot contain ${link}: the link goes in the body` });
  }
  if (body === '') problems.push({ field: 'body', message: 'is required' });
  if (body.length > BODY_MAX_LENGTH)
    problems.push({ field: 'body', message: `must be at most ${BODY_MAX_LENGTH} characters` });
  const inBody = new Set(used(spec, body).map((u) => u.placeholder));
  for (const { placeholder, why } of spec.required) {
    if (body !== '' && !inBody.has(placeholder))
      problems.push({ field: 'body', message: `must contain ${placeholder} ${why}` });
  }
  for (const field of ['subject', 'body'] as const) {
    const unknown = [...new Set(used(spec, draft[field]).flatMap((u) => (u.placeholder ? [] : [u.written])))];
    if (unknown.length > 0) {
      const noun = unknown.length === 1 ? 'placeholder' : 'placeholders';
      problems.push({
        field,
        message: `has unknown ${noun} ${unknown.join(', ')}; the known placeholders are ${spec.placeholders.join(', ')}`,
      });
    }
  }
  return problems;
}

/** The trimmed draft when it is valid; otherwise throws validation-failed listing every problem. */
export function validateTemplate(spec: EditableText, draft: TemplateContent): TemplateContent {
  const problems = templateProblems(spec, draft);
  if (problems.length > 0) {
    const detail = problems.map((p) => `The ${p.field} ${p.message}.`).join(' ');
    throw new AppError('validation-failed', detail, { errors: problems });
  }
  return { subject: draft.subject.trim(), body: draft.body.trim().replace(/\r\n?/g, '\n') };
}

/**
 * Splits text into literal parts and placeholders, so callers can escape literals and render each value
 * (e.g. a link as a link). Unknown placeholders stay literal text.
 */
export function splitPlaceholders(spec: EditableText, text: string): (string | { placeholder: string })[] {
  const parts: (string | { placeholder: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const placeholder = placeholderFor(spec, match[1] ?? '');
    if (!placeholder) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ placeholder });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Text with every placeholder replaced by its plain value (subjects and the text part). */
export function fillPlaceholders(spec: EditableText, text: string, values: PlaceholderValues): string {
  return splitPlaceholders(spec, text)
    .map((part) => (typeof part === 'string' ? part : (values[part.placeholder] ?? '')))
    .join('');
}
