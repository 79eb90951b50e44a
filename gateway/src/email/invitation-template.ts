// The invitation email the admin edits (R12, issue 4 §3): a subject and a plain-text body with placeholders.
// Placeholders are written in braces and matched ignoring case and extra spaces:
//   {Brand Name}     the store's name
//   {First Name}     the invited contact's first name ("there" when Unleashed has none)
//   {Customer Name}  the customer (company) the contact belongs to
//   {Accept Link}    the accept link: alone in a paragraph it becomes a button, inside text a link
//   {Expiry Date}    the day the invitation expires, e.g. "8 November 2026"
// Anything else in braces is refused, naming the known placeholders. The body must contain {Accept Link}.
import { AppError } from '../http/problems.ts';

/** Subject and body as the admin writes them. */
export interface InvitationTemplateContent {
  subject: string;
  body: string;
}

/** The placeholders, spelled as the admin UI shows them. */
export const INVITATION_PLACEHOLDERS = [
  '{Brand Name}',
  '{First Name}',
  '{Customer Name}',
  '{Accept Link}',
  '{Expiry Date}',
] as const;

export type Placeholder = (typeof INVITATION_PLACEHOLDERS)[number];

/** The values placeholders are replaced with (already formatted, not escaped). */
export type PlaceholderValues = Record<Placeholder, string>;

export const SUBJECT_MAX_LENGTH = 100;
export const BODY_MAX_LENGTH = 10_000;

/** What every store starts with, and what reset returns to. */
export const DEFAULT_INVITATION_TEMPLATE: InvitationTemplateContent = {
  subject: 'You are invited to order from {Brand Name}',
  body: [
    'Hello {First Name},',
    '{Brand Name} has invited you to place orders online for {Customer Name}.',
    '{Accept Link}',
    'The invitation is valid until {Expiry Date}. If you were not expecting it, you can ignore this email.',
  ].join('\n\n'),
};

const PLACEHOLDER_PATTERN = /\{([^{}\r\n]*)\}/g;
const normalise = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase();
const KNOWN = new Map<string, Placeholder>(
  INVITATION_PLACEHOLDERS.map((p) => [normalise(p.slice(1, -1)), p]),
);
const KNOWN_LIST = INVITATION_PLACEHOLDERS.join(', ');

/** The known placeholder a `{…}` spelling stands for, or undefined. */
export function placeholderFor(inner: string): Placeholder | undefined {
  return KNOWN.get(normalise(inner));
}

function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(PLACEHOLDER_PATTERN)].filter((match) => !placeholderFor(match[1] ?? ''));
  return [...new Set(found.map((match) => match[0]))];
}

function usesAcceptLink(text: string): boolean {
  return [...text.matchAll(PLACEHOLDER_PATTERN)].some(
    (match) => placeholderFor(match[1] ?? '') === '{Accept Link}',
  );
}

/** Every problem with a draft, as `{ field, message }` (empty when it is valid). */
export function templateProblems(draft: InvitationTemplateContent): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const subject = draft.subject.trim();
  const body = draft.body.trim();
  if (subject === '') problems.push({ field: 'subject', message: 'is required' });
  if (subject.length > SUBJECT_MAX_LENGTH)
    problems.push({ field: 'subject', message: `must be at most 100 characters (it has ${subject.length})` });
  if (/[\r\n]/.test(subject)) problems.push({ field: 'subject', message: 'must be one line' });
  if (usesAcceptLink(subject))
    problems.push({ field: 'subject', message: 'cannot contain {Accept Link}: the link goes in the body' });
  if (body === '') problems.push({ field: 'body', message: 'is required' });
  if (body.length > BODY_MAX_LENGTH)
    problems.push({ field: 'body', message: `must be at most ${BODY_MAX_LENGTH} characters` });
  if (body !== '' && !usesAcceptLink(body))
    problems.push({ field: 'body', message: 'must contain {Accept Link} so the contact can accept' });
  for (const field of ['subject', 'body'] as const) {
    const unknown = unknownPlaceholders(draft[field]);
    if (unknown.length > 0) {
      const list = unknown.join(', ');
      const noun = unknown.length === 1 ? 'placeholder' : 'placeholders';
      problems.push({
        field,
        message: `has unknown ${noun} ${list}; the known placeholders are ${KNOWN_LIST}`,
      });
    }
  }
  return problems;
}

/** The trimmed draft when it is valid; otherwise throws validation-failed listing every problem. */
export function validateTemplate(draft: InvitationTemplateContent): InvitationTemplateContent {
  const problems = templateProblems(draft);
  if (problems.length > 0) {
    const detail = problems.map((p) => `The ${p.field} ${p.message}.`).join(' ');
    throw new AppError('validation-failed', detail, { errors: problems });
  }
  return { subject: draft.subject.trim(), body: draft.body.trim().replace(/\r\n?/g, '\n') };
}

/**
 * Splits text into literal parts and placeholders, so callers can escape literals and render each value
 * (e.g. the accept link as a link). Unknown placeholders stay literal text.
 */
export function splitPlaceholders(text: string): (string | { placeholder: Placeholder })[] {
  const parts: (string | { placeholder: Placeholder })[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const placeholder = placeholderFor(match[1] ?? '');
    if (!placeholder) continue;
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ placeholder });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** Text with every placeholder replaced by its plain value (subjects and the text part). */
export function fillPlaceholders(text: string, values: PlaceholderValues): string {
  return splitPlaceholders(text)
    .map((part) => (typeof part === 'string' ? part : values[part.placeholder]))
    .join('');
}
