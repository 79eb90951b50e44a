// Refuses, before the validator sees it, input that no operation takes and that breaks what comes after it:
// a JSON body nested deeper than any the spec describes (JSON.parse copes with a million levels, but
// JSON.stringify, the validator and PostgreSQL's jsonb recurse and overflow at a few thousand: such a body used to
// answer 500 and, once stored, break every read), and a NUL character in the URL or in a body string, which
// PostgreSQL text cannot hold (it answered 500 wherever an id or a name reached a query).
import type { RequestHandler } from 'express';
import { AppError } from './problems.ts';

/** The deepest body the spec describes is 4 levels (orderStatuses.confirmed.label); 32 leaves room for growth. */
export const MAX_BODY_DEPTH = 32;

/** How deep a parsed JSON value nests (a scalar is 0) and whether a string in it holds NUL; walked without recursion, stopping past `limit`. */
export function inspectBody(value: unknown, limit: number): { depth: number; nul: boolean } {
  let depth = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [item, level] = pending.pop() as [unknown, number];
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return { depth, nul: true };
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    const inside = level + 1;
    if (inside > depth) depth = inside;
    if (depth > limit) return { depth, nul: false };
    for (const [key, child] of Object.entries(item)) pending.push([key, inside], [child, inside]);
  }
  return { depth, nul: false };
}

const refused = (detail: string, message: string) =>
  new AppError('validation-failed', detail, { errors: [{ field: 'request', message }] });

/** Answers 400 validation-failed to a NUL in the URL or a body string, and to a body nested deeper than `limit`. */
export function refuseUnstorableInput(limit = MAX_BODY_DEPTH): RequestHandler {
  return (req, _res, next) => {
    if (/%00/.test(req.originalUrl) || req.originalUrl.includes('\u0000')) {
      next(refused('The URL holds a NUL character.', 'must not contain NUL characters'));
      return;
    }
    const body: unknown = req.body;
    if (typeof body === 'string' && body.includes('\u0000')) {
      next(refused('The body holds a NUL character.', 'must not contain NUL characters'));
      return;
    }
    if (body === null || typeof body !== 'object') return next();
    const { depth, nul } = inspectBody(body, limit);
    if (depth > limit)
      next(
        refused(
          `The JSON body is nested deeper than ${limit} levels.`,
          `must not nest deeper than ${limit} levels`,
        ),
      );
    else if (nul)
      next(refused('A text in the body holds a NUL character.', 'must not contain NUL characters'));
    else next();
  };
}
