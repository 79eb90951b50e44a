// Refuses a JSON body nested deeper than any request the spec describes, before the validator sees it. JSON.parse
// copes with a million levels, but JSON.stringify, the validator and PostgreSQL's jsonb recurse and overflow their
// stacks at a few thousand: such a body used to reach a handler, answer 500 and, once stored, break every read.
import type { RequestHandler } from 'express';
import { AppError } from './problems.ts';

/** The deepest body the spec describes is 4 levels (orderStatuses.confirmed.label); 32 leaves room for growth. */
export const MAX_BODY_DEPTH = 32;

/** How deep a parsed JSON value nests (a scalar is 0), walked without recursion; stops counting past `limit`. */
export function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [item, depth] = pending.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    const inside = depth + 1;
    if (inside > deepest) deepest = inside;
    if (deepest > limit) return deepest;
    for (const child of Object.values(item)) pending.push([child, inside]);
  }
  return deepest;
}

/** Answers 400 validation-failed to a body nested deeper than `limit`, on every route. */
export function refuseDeepBodies(limit = MAX_BODY_DEPTH): RequestHandler {
  return (req, _res, next) => {
    if (req.body !== null && typeof req.body === 'object' && depthOf(req.body, limit) > limit) {
      next(
        new AppError('validation-failed', `The JSON body is nested deeper than ${limit} levels.`, {
          errors: [{ field: 'request', message: `must not nest deeper than ${limit} levels` }],
        }),
      );
      return;
    }
    next();
  };
}
